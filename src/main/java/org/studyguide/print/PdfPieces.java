package org.studyguide.print;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The whole guide's document cut into pieces that are laid out apart, on every core, and joined
 * by {@link PdfJoin}: the front (title page and contents), each chapter, and the appendix. A piece
 * is laid out without page numbers ({@link PageNumberCss}); its links to another piece point to
 * {@link #LINK_MARK}{@code id}, which the join turns into a link to that place; and its
 * {@code <bookmarks>} name every place the join needs to find (bookmarks' and links' targets), so
 * that openhtmltopdf reports where each one lands. The contents get their page numbers, which
 * depend on every other piece, as {@code data-page} attributes: the front is made last.
 */
final class PdfPieces {
    /** The address a link to another piece is given until the join resolves it. */
    static final String LINK_MARK = "studyguide-piece:";

    private final PdfDocument whole;
    private final String css;
    private final String numbersCss;
    private final List<List<Element>> bodies = new ArrayList<>();
    private final List<Element> front = new ArrayList<>();
    private final Element runningHead;
    private final Set<String> targets = new HashSet<>();

    /**
     * @param whole the whole guide as one document, from {@link PdfBook#whole}
     * @param css   the PDF stylesheet
     */
    PdfPieces(PdfDocument whole, String css) {
        this.whole = whole;
        this.css = PageNumberCss.withoutPageNumbers(css);
        this.numbersCss = PageNumberCss.pageNumbersOnly(css) + "\n.page-of-numbers { page-break-before: always;"
                + " height: 1px; }\n.first-page-of-numbers { height: 1px; }\n";
        Element body = whole.html().body();
        this.runningHead = body.children().stream().filter(e -> e.hasClass("running-guide")).findFirst().orElse(null);
        List<Element> rest = new ArrayList<>();
        for (Element child : body.children()) {
            if (child == runningHead) {
                continue;
            }
            if (child.tagName().equals("article")) {
                bodies.add(List.of(child));
            } else if (bodies.isEmpty()) {
                front.add(child);
            } else {
                rest.add(child);
            }
        }
        if (!rest.isEmpty()) {
            bodies.add(rest);
        }
        whole.html().head().select("bookmark[href^=#]").forEach(b -> targets.add(b.attr("href").substring(1)));
        body.select("a[href^=#]").forEach(a -> targets.add(a.attr("href").substring(1)));
    }

    /** The outline of the whole guide: {@code <bookmark>} elements, nested, whose targets the pieces report. */
    Element bookmarks() {
        return whole.html().head().selectFirst("bookmarks");
    }

    /** The whole guide's document, whose text and title are the pieces' own. */
    PdfDocument whole() {
        return whole;
    }

    /** The pieces after the front: each chapter, then the appendix. */
    List<PdfDocument> bodies() {
        List<PdfDocument> pieces = new ArrayList<>();
        for (int i = 0; i < bodies.size(); i++) {
            pieces.add(piece(whole.path() + "#" + (i + 1), bodies.get(i), Map.of()));
        }
        return pieces;
    }

    /**
     * The title page and contents, each contents entry numbered with the page its target starts on.
     *
     * @param pages the page number of each place in the joined document, by id
     */
    PdfDocument front(Map<String, Integer> pages) {
        return piece(whole.path() + "#front", front, pages);
    }

    /**
     * A document of {@code total} empty pages that shows only the page numbers, laid over the joined
     * pieces. Its first page takes the classes of the front's first element, so that a named page
     * (the title page's, without a number) applies there too.
     */
    PdfDocument pageNumbers(int total) {
        Document doc = shell(numbersCss);
        Element body = doc.body().attr("class", whole.html().body().className());
        for (int page = 0; page < total; page++) {
            Element sheet = body.appendElement("div").addClass("page-of-numbers");
            if (page == 0 && !front.isEmpty()) {
                // openhtmltopdf switches to a named page only at a block with inline content.
                sheet.attr("class", front.get(0).className()).addClass("first-page-of-numbers").appendElement("span");
            }
        }
        return new PdfDocument(whole.path() + "#numbers", whole.title(), doc);
    }

    private Document shell(String stylesheet) {
        Document doc = Document.createShell("");
        doc.selectFirst("html").attr("lang", whole.html().selectFirst("html").attr("lang"));
        doc.head().appendElement("meta").attr("charset", "utf-8");
        doc.head().appendElement("title").text(whole.title());
        doc.head().appendElement("style").appendChild(new DataNode(stylesheet));
        return doc;
    }

    private PdfDocument piece(String path, List<Element> elements, Map<String, Integer> pages) {
        Document doc = shell(css);
        Element body = doc.body().attr("class", whole.html().body().className());
        for (Element element : elements) {
            body.appendChild(element.clone());
        }
        if (runningHead != null) {
            body.prependChild(runningHead.clone());
        }
        Set<String> ids = body.select("[id]").stream().map(Element::id).collect(Collectors.toSet());
        for (Element link : body.select("a[href^=#]")) {
            String id = link.attr("href").substring(1);
            if (pages.containsKey(id)) {
                link.attr("data-page", Integer.toString(pages.get(id)));
            }
            if (!ids.contains(id)) {
                link.attr("href", LINK_MARK + id);
            }
        }
        Element places = doc.head().appendElement("bookmarks");
        ids.stream().filter(targets::contains).sorted()
                .forEach(id -> places.appendElement("bookmark").attr("name", id).attr("href", "#" + id));
        return new PdfDocument(path, whole.title(), doc);
    }
}
