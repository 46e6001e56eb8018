package org.studyguide.print;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.studyguide.print.BookOutline.ChapterTitle;
import org.studyguide.render.RomanNumerals;
import org.studyguide.render.SiteFiles;
import org.studyguide.render.Typography;
import org.studyguide.render.Urls;

/**
 * Assembles the PDFs' documents from the rendered site: one per chapter (its article and an
 * appendix with only the terms, people and readings it uses) and one for the whole guide (title
 * page, contents with page numbers, every chapter in order, and the full glossary, people and readings).
 */
final class PdfBook {
    /** Where the whole guide's PDF goes. */
    static final String GUIDE_PDF = "pdf/guide.pdf";

    private final BookOutline outline;
    private final String css;
    private final Map<String, Document> pages;
    private final PdfAppendix appendix;

    /**
     * @param css the PDF stylesheet
     */
    PdfBook(BookOutline outline, SiteFiles site, String css) {
        this.outline = outline;
        this.css = css;
        // Parsed on both cores: the whole guide's document, laid out first, waits for every page.
        this.pages = outline.chapters().parallelStream().collect(Collectors.toMap(ChapterTitle::id,
                c -> parse(site, Urls.chapterFile(c.id()))));
        this.appendix = new PdfAppendix(parse(site, "glossary.html"), parse(site, "people.html"),
                parse(site, "sources.html"));
    }

    /**
     * The pages of the site a book is assembled from. It is given only these, so that the cache's
     * key (which covers exactly these pages) cannot miss one it reads.
     */
    static List<String> pagesRead(BookOutline outline) {
        List<String> read = new ArrayList<>(outline.chapters().stream().map(c -> Urls.chapterFile(c.id())).toList());
        read.addAll(List.of("glossary.html", "people.html", "sources.html"));
        return read;
    }

    /** Where a chapter's PDF goes. */
    static String chapterPdf(String chapterId) {
        return "pdf/" + chapterId + ".pdf";
    }

    /** The PDF of one chapter. */
    PdfDocument chapter(ChapterTitle chapter) {
        Document page = pages.get(chapter.id());
        Document doc = shell(chapter.title());
        Element body = doc.body().addClass("pdf-chapter");
        Element article = PdfChapterContent.of(page, chapter.id(), "");
        body.appendChild(runningGuideTitle());
        body.appendChild(article);
        PdfBookmarks bookmarks = new PdfBookmarks();
        bookmarks.chapter(null, article);
        List<String> used = linked(page, "glossary.html#");
        List<String> terms = appendix.allTerms().stream().filter(used::contains).toList();
        List<String> named = linked(page, "people.html#");
        List<String> people = appendix.allPeople().stream().filter(named::contains).toList();
        String heading = people.isEmpty() ? "Appendix: terms and readings" : "Appendix: terms, people and readings";
        appendix.section(heading, terms, people, linked(page, "sources.html#"))
                .ifPresent(section -> {
                    body.appendChild(section);
                    bookmarks.appendix(section);
                });
        new PdfLinks(Set.of(chapter.id()), false, outline.baseUrl()).rewrite(body);
        doc.head().appendChild(bookmarks.element());
        Typography.apply(doc);
        PdfInlineJoins.apply(body);
        return new PdfDocument(chapterPdf(chapter.id()), chapter.title(), doc);
    }

    /** The PDF of the whole guide. */
    PdfDocument whole() {
        Document doc = shell(outline.title());
        Element body = doc.body().addClass("pdf-guide");
        Element contents = titlePage(body, outline);
        body.appendChild(runningGuideTitle());
        PdfBookmarks bookmarks = new PdfBookmarks();
        bookmarks.add("Contents", contents);
        for (int i = 0; i < outline.parts().size(); i++) {
            BookOutline.PartOutline part = outline.parts().get(i);
            String partTitle = "Part " + RomanNumerals.of(i + 1) + ": " + part.title();
            contents.appendElement("h3").text(partTitle);
            Element list = contents.appendElement("ol");
            Element partMark = null;
            for (ChapterTitle chapter : part.chapters()) {
                list.appendElement("li").appendElement("a").attr("href", "/" + Urls.chapterFile(chapter.id()))
                        .text(chapter.title());
                Element article = PdfChapterContent.of(pages.get(chapter.id()), chapter.id(),
                        PdfLinks.idPrefix(chapter.id()));
                body.appendChild(article);
                Element title = article.selectFirst("h1[id]");
                if (partMark == null && title != null) {
                    partMark = PdfBookmarks.add(bookmarks.element(), partTitle, title.id());
                }
                bookmarks.chapter(partMark, article);
            }
        }
        String heading = appendix.allPeople().isEmpty() ? "Appendix: glossary and readings"
                : "Appendix: glossary, people and readings";
        appendix.section(heading, appendix.allTerms(), appendix.allPeople(), appendix.allReadings())
                .ifPresent(section -> {
                    contents.appendElement("p").addClass("contents-appendix")
                            .appendElement("a").attr("href", "#appendix").text(section.selectFirst("h2").text());
                    body.appendChild(section);
                    bookmarks.appendix(section);
                });
        new PdfLinks(pages.keySet(), true, outline.baseUrl()).rewrite(body);
        doc.head().appendChild(bookmarks.element());
        Typography.apply(doc);
        PdfInlineJoins.apply(body);
        return new PdfDocument(GUIDE_PDF, outline.title(), doc);
    }

    /** The title page; returns the contents list, to be filled part by part. */
    private static Element titlePage(Element body, BookOutline info) {
        Element page = body.appendElement("section").addClass("title-page");
        page.appendElement("h1").addClass("guide-title").text(info.title());
        info.subtitle().ifPresent(s -> page.appendElement("p").addClass("guide-subtitle").text(s));
        if (!info.authors().isEmpty()) {
            page.appendElement("p").addClass("guide-authors").text(String.join(", ", info.authors()));
        }
        info.licence().ifPresent(l -> page.appendElement("p").addClass("guide-licence").text("Licence: " + l));
        Element contents = body.appendElement("nav").addClass("contents").id("contents");
        contents.appendElement("h2").text("Contents");
        return contents;
    }

    /** The ids a chapter page's "used in this chapter" list links to on another page. */
    private static List<String> linked(Document page, String pageAndHash) {
        Set<String> ids = new LinkedHashSet<>();
        for (Element link : page.select("aside.chapter-refs a[href*=" + pageAndHash + "]")) {
            String href = link.attr("href");
            ids.add(href.substring(href.indexOf('#') + 1));
        }
        return new ArrayList<>(ids);
    }

    private Document shell(String title) {
        Document doc = Document.createShell("");
        doc.selectFirst("html").attr("lang", outline.language());
        doc.head().appendElement("meta").attr("charset", "utf-8");
        doc.head().appendElement("title").text(title);
        doc.head().appendElement("style").appendChild(new DataNode(css));
        return doc;
    }

    /** The guide's title for the running heads (taken out of the flow by the stylesheet). */
    private Element runningGuideTitle() {
        return new Element("div").addClass("running-guide").text(outline.title());
    }

    private static Document parse(SiteFiles site, String path) {
        return site.contains(path) ? Jsoup.parse(site.text(path)) : Document.createShell("");
    }
}
