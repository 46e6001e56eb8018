package org.studyguide.print;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.studyguide.html.HtmlTrees;

/**
 * Takes a chapter's article out of its finished page for the print page, the way mdBook's print
 * page reuses each chapter's rendered content: the article loses the parts that only make sense on
 * the chapter's own page (previous/next links, the print controls, the list of its sections, which
 * the print page's contents replace), and its page-relative URLs
 * become site-root URLs, so that {@link ArticleIds} and the page passes can treat them like any
 * URL a template writes.
 */
public final class ChapterArticles {
    /** The attributes that hold URLs, as in the render stage's relative-link pass. */
    public static final List<String> URL_ATTRIBUTES = List.of("href", "src", "action", "poster", "cite", "data-src");
    /** The parts of a chapter's article that only make sense on its own page. */
    private static final Evaluator PAGE_ONLY = QueryParser.parse(".pager, .print-controls, .page-toc");
    private static final Evaluator ARTICLE = QueryParser.parse("article.chapter");
    private static final Evaluator MAIN = QueryParser.parse("main");
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    private ChapterArticles() {
    }

    /**
     * The article of chapter {@code id}, whose finished page {@code page} (after the HTML passes)
     * lives at {@code path}; a page made by a template without {@code article.chapter} gives the
     * content of its {@code main}. The page itself is left as it is: the article is a copy.
     */
    public static Element article(String id, String path, Document page) {
        Document shell = shell();
        Element found = page.selectFirst(ARTICLE);
        Element article;
        if (found != null) {
            article = found.clone();
        } else {
            Element main = page.selectFirst(MAIN);
            article = shell.createElement("article").addClass("chapter");
            article.appendChildren((main == null ? page.body() : main).childNodesCopy());
        }
        shell.body().appendChild(article);
        article.select(PAGE_ONLY).forEach(ChapterArticles::remove);
        article.id(id);
        for (Element element : article.getAllElements()) {
            for (String attribute : URL_ATTRIBUTES) {
                if (element.hasAttr(attribute)) {
                    element.attr(attribute, fromRoot(element.attr(attribute), path));
                }
            }
        }
        return article;
    }

    /** An empty document for an article, written out as a page is (not pretty-printed, UTF-8). */
    public static Document shell() {
        Document shell = Document.createShell("");
        shell.outputSettings().prettyPrint(false).charset(StandardCharsets.UTF_8);
        return shell;
    }

    /** Whether {@code element} is one of the parts of a chapter's article that only make sense on its own page. */
    public static boolean pageOnly(Element element) {
        // The class attribute read once, rather than by Element.hasClass for each name.
        String classes = element.attributesSize() == 0 ? "" : element.attributes().getIgnoreCase("class");
        // Each name starts with a p: most classes need not be looked through.
        return (classes.indexOf('p') >= 0 || classes.indexOf('P') >= 0) && (FirstMentions.hasClass(classes, "pager")
                || FirstMentions.hasClass(classes, "print-controls") || FirstMentions.hasClass(classes, "page-toc"));
    }

    /**
     * An article from its HTML (as the page cache keeps a finished print article): the same tree, in
     * a shell of its own written out as {@link #article}'s is.
     */
    public static Element fromHtml(String html) {
        Document shell = HtmlTrees.bodyFragment(html);
        shell.outputSettings().prettyPrint(false).charset(StandardCharsets.UTF_8);
        return shell.body().child(0);
    }

    /**
     * Removes {@code element}, joining the texts either side of it into one, as they would be in
     * the article parsed from its HTML, so that the passes over the article read the same text nodes;
     * returns the joined text, if texts were joined.
     */
    public static Optional<TextNode> remove(Element element) {
        Node before = element.previousSibling();
        Node after = element.nextSibling();
        element.remove();
        if (before != null && before.getClass() == TextNode.class && after != null && after.getClass() == TextNode.class) {
            ((TextNode) before).text(((TextNode) before).getWholeText() + ((TextNode) after).getWholeText());
            after.remove();
            return Optional.of((TextNode) before);
        }
        return Optional.empty();
    }

    /**
     * {@code url}, written on the page at {@code path}, as a URL from the site root; URLs with a
     * scheme, root-relative ones and empty ones are returned as they are.
     */
    public static String fromRoot(String url, String path) {
        if (url.isEmpty() || url.startsWith("/") || SCHEME.matcher(url).find()) {
            return url;
        }
        if (url.startsWith("#") || url.startsWith("?")) {
            return "/" + path + url;
        }
        int end = firstOf(url, '?', '#');
        List<String> segments = new ArrayList<>(List.of(path.split("/")));
        segments.remove(segments.size() - 1);
        String[] steps = url.substring(0, end).split("/", -1);
        for (String step : steps) {
            if (step.equals("..")) {
                if (!segments.isEmpty()) {
                    segments.remove(segments.size() - 1);
                }
            } else if (!step.equals(".")) {
                segments.add(step);
            }
        }
        return "/" + String.join("/", segments) + url.substring(end);
    }

    private static int firstOf(String text, char a, char b) {
        int i = text.indexOf(a);
        int j = text.indexOf(b);
        if (i < 0) {
            return j < 0 ? text.length() : j;
        }
        return j < 0 ? i : Math.min(i, j);
    }
}
