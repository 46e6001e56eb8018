package org.studyguide.render;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.studyguide.html.CharsWriter;
import org.studyguide.html.HtmlOut;
import org.studyguide.print.ArticleIds;
import org.studyguide.print.PrintPage;

/**
 * Makes a print page of its template's output, the frame, and its chapters' finished
 * {@link PrintArticle}s: the frame, with a placeholder where each article goes, is parsed, has its
 * links to the chapters pointed at their articles, is passed and written; then each article's text,
 * its links to chapters on the page filled in, takes its placeholder's place in the written page.
 * The page comes out as if its template had written every article there and the whole page had
 * been passed; the check stage gets the frame's elements with each article's in their place.
 */
final class PrintAssembly {
    private static final String PLACEHOLDER = "data-print-article";
    private static final Evaluator PLACEHOLDERS = QueryParser.parse("article[" + PLACEHOLDER + "]");
    private static final Evaluator MAIN = QueryParser.parse("main");

    private PrintAssembly() {
    }

    /**
     * The chapters of articles with these ids, in this order, as the print page's template sees them:
     * each article's id and its placeholder.
     */
    static List<PrintPage.Chapter> placeholders(List<String> ids) {
        List<PrintPage.Chapter> chapters = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            chapters.add(new PrintPage.Chapter(ids.get(i), placeholder(i)));
        }
        return chapters;
    }

    private static String placeholder(int index) {
        return "<article " + PLACEHOLDER + "=\"" + index + "\"></article>";
    }

    /**
     * The print page at {@code path} made of {@code frame}, its parsed template output, and its
     * {@code articles}. A template that places an article twice gets a copy the second time, and
     * the copy's ids numbered; a placeholder that names no article (a template's own element) stays.
     */
    static PassedPage assemble(Document frame, String path, List<PrintArticle> articles) {
        List<Element> placeholders = new ArrayList<>();
        List<PrintArticle.Placed> placed = new ArrayList<>();
        Set<Integer> used = new HashSet<>();
        Elements all = frame.select(PLACEHOLDERS);
        for (Element placeholder : all) {
            int index = index(placeholder.attr(PLACEHOLDER), articles.size());
            if (index >= 0) {
                placeholders.add(placeholder);
                placed.add(articles.get(index).place(!used.add(index)));
            }
        }
        List<Element> frameElements = frame.getAllElements();
        Set<PrintArticle.Placed> moved = Collections.newSetFromMap(new IdentityHashMap<>());
        Map<String, Map<String, String>> byPage = ids(frameElements, placed, moved);
        Element main = frame.selectFirst(MAIN);
        for (Element element : main == null ? frameElements : main.getAllElements()) {
            pointInside(element, byPage);
        }
        // As for the frame's links, only an article in main (when there is one) has its links pointed inside.
        Map<String, Map<String, String>> none = Map.of();
        List<Map<String, Map<String, String>>> pointed = placeholders.stream()
                .map(placeholder -> main == null || placeholder.parents().contains(main) ? byPage : none).toList();
        PagePasses.apply(frame, path, Optional.empty());
        Map<Element, String> marks = PassedPage.takeMarks(frameElements);
        List<String> html = new ArrayList<>();
        for (int i = 0; i < placed.size(); i++) {
            html.add(written(placed.get(i), path, pointed.get(i), moved.contains(placed.get(i))));
        }
        Map<Element, Integer> numbers = new IdentityHashMap<>();
        for (int i = 0; i < placeholders.size(); i++) {
            numbers.put(placeholders.get(i), i);
        }
        List<Element> elements = new ArrayList<>(frameElements.size());
        for (Element element : frameElements) {
            Integer number = numbers.get(element);
            if (number == null) {
                elements.add(element);
            } else {
                elements.addAll(placed.get(number).elements());
                marks.putAll(placed.get(number).marks());
            }
        }
        return new PassedPage(path, spliced(frame, all, numbers, placed, html), marks, elements);
    }

    /**
     * Works out the placed articles' ids on the page, in order, each clear of the frame's and of
     * those before it, and renames (adding it to {@code moved}) an article whose ids are not those it
     * was made with: one that clashes, or a second copy. Returns each chapter page's ids, as its
     * last article on the page has them.
     */
    private static Map<String, Map<String, String>> ids(List<Element> frameElements, List<PrintArticle.Placed> placed,
            Set<PrintArticle.Placed> moved) {
        Set<String> taken = new HashSet<>();
        for (Element element : frameElements) {
            if (element.attributesSize() > 0 && element.hasAttr("id")) {
                taken.add(element.id());
            }
        }
        Map<String, Map<String, String>> byPage = new HashMap<>();
        for (PrintArticle.Placed article : placed) {
            Map<String, String> made = article.article().ids();
            Map<String, String> ids = ArticleIds.assign(article.article().chapter(), made.keySet(), taken);
            if (!ids.equals(made)) {
                ArticleIds.move(article.tree(), made, ids);
                moved.add(article);
            }
            byPage.put(article.article().source(), ids);
        }
        return byPage;
    }

    /** Points an element's links to chapters on the page at their articles. */
    private static void pointInside(Element element, Map<String, Map<String, String>> byPage) {
        if (element.attributesSize() == 0) {
            return;
        }
        for (String attribute : ArticleIds.LINK_ATTRIBUTES) {
            if (element.hasAttr(attribute)) {
                element.attr(attribute, ArticleIds.inside(element.attr(attribute), byPage));
            }
        }
    }

    /**
     * A placed article's HTML with its links filled in (and set in its tree, which the check stage
     * reads): inside the page, to the chapters of {@code byPage}, or else relative to the page. The
     * text it was made with serves unless the page renamed its ids.
     */
    private static String written(PrintArticle.Placed placed, String path, Map<String, Map<String, String>> byPage,
            boolean moved) {
        List<PrintArticle.Link> links = placed.article().links();
        List<Element> elements = new ArrayList<>();
        List<String> attributes = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (PrintArticle.Link link : links) {
            String inside = ArticleIds.inside(link.target(), byPage);
            elements.add(placed.elements().get(link.element()));
            attributes.add(link.attribute());
            values.add(inside.equals(link.target()) ? RelativeLinks.fromPage(link.target(), path) : inside);
        }
        ArticleText text = placed.article().text();
        List<String> inHoles = values;
        if (moved) {
            ArticleText.Written written = ArticleText.write(placed.tree(), elements, attributes);
            text = written.text();
            inHoles = written.order().stream().map(values::get).toList();
        }
        for (int i = 0; i < elements.size(); i++) {
            elements.get(i).attr(attributes.get(i), values.get(i));
        }
        return text.fill(inHoles);
    }

    /**
     * The written frame with each placeholder replaced by its article's {@code html}, in UTF-8. Where a
     * placeholder's start tag is written once for each such element ({@code all} of them, the
     * template's own among them), in document order, the placeholders are found by it; otherwise (a
     * template's comment or script spells one out) the articles' trees take the placeholders'
     * places and the whole page is written.
     */
    private static byte[] spliced(Document frame, List<Element> all, Map<Element, Integer> placeholders,
            List<PrintArticle.Placed> placed, List<String> html) {
        String page = HtmlOut.outerHtml(frame);
        String start = "<article " + PLACEHOLDER + "=\"";
        CharsWriter out = new CharsWriter(page.length() + html.stream().mapToInt(String::length).sum());
        try {
            int from = 0;
            int at = page.indexOf(start);
            for (Element element : all) {
                String written = HtmlOut.outerHtml(element);
                Integer number = placeholders.get(element);
                if (at < 0 || !page.startsWith(written, at)) {
                    return whole(frame, placeholders, placed);
                }
                if (number != null) {
                    out.write(page, from, at - from);
                    out.write(html.get(number));
                    from = at + written.length();
                }
                at = page.indexOf(start, at + written.length());
            }
            if (at >= 0) {
                return whole(frame, placeholders, placed);
            }
            out.write(page, from, page.length() - from);
            return out.utf8();
        } finally {
            out.release();
        }
    }

    /** The frame with the articles' trees in the placeholders' places, written whole. */
    private static byte[] whole(Document frame, Map<Element, Integer> placeholders, List<PrintArticle.Placed> placed) {
        placeholders.forEach((placeholder, i) -> placeholder.replaceWith(placed.get(i).tree()));
        return HtmlOut.outerHtml(frame).getBytes(StandardCharsets.UTF_8);
    }

    /** The article a placeholder names, or -1 when it names none (a template's own element). */
    private static int index(String value, int articles) {
        try {
            int index = Integer.parseInt(value);
            return index < articles ? index : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
