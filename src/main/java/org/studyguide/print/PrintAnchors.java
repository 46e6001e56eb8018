package org.studyguide.print;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

/**
 * The print page's own pass, run before its links are made relative: gives every chapter's ids a
 * prefix (the article takes the chapter's id, {@code #objectives-title} in chapter {@code nrc}
 * becomes {@code #nrc-objectives-title}), adds a number when that still clashes with an id on the
 * page, and points the links in {@code main} inside the page: a link to a chapter goes to its
 * article, one to an anchor in a chapter to that anchor's new id. Links to the other pages (the
 * glossary, the quotations) stay links to those pages.
 */
public final class PrintAnchors {
    /** Attributes that name other elements by id. */
    private static final List<String> ID_REFERENCES = List.of("aria-labelledby", "aria-describedby",
            "aria-controls", "aria-owns", "aria-details", "aria-flowto", "aria-activedescendant", "for", "headers");
    private static final List<String> LINK_ATTRIBUTES = List.of("href", "cite");
    private static final Evaluator ARTICLES = QueryParser.parse("article[" + ChapterArticles.SOURCE + "]");
    private static final Evaluator MAIN = QueryParser.parse("main");

    private PrintAnchors() {
    }

    /** Rewrites {@code page} when it is a print page ({@link PrintPage#isPrintPage}); other pages are left alone. */
    public static void rewrite(Document page, String path) {
        if (!PrintPage.isPrintPage(path)) {
            return;
        }
        Elements articles = page.select(ARTICLES);
        Set<String> taken = idsOutsideChapters(page);
        Map<String, Map<String, String>> byPage = new HashMap<>();
        for (Element article : articles) {
            byPage.put(article.attr(ChapterArticles.SOURCE), renameIds(article, taken));
            article.removeAttr(ChapterArticles.SOURCE);
        }
        Element main = page.selectFirst(MAIN);
        for (Element element : main == null ? page.getAllElements() : main.getAllElements()) {
            if (element.attributesSize() == 0) {
                continue;
            }
            for (String attribute : LINK_ATTRIBUTES) {
                if (element.hasAttr(attribute)) {
                    element.attr(attribute, inside(element.attr(attribute), byPage));
                }
            }
        }
    }

    /** The ids of the page's elements that are not in (or) an element taken from a chapter page. */
    private static Set<String> idsOutsideChapters(Document page) {
        Set<String> ids = new HashSet<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element element)) {
                    return FilterResult.CONTINUE;
                }
                if (element.hasAttr(ChapterArticles.SOURCE)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (element.hasAttr("id")) {
                    ids.add(element.id());
                }
                return FilterResult.CONTINUE;
            }
        }, page);
        return ids;
    }

    /**
     * Renames the ids in one article and the references to them inside it; returns the old ids
     * mapped to the new, with the empty string mapped to the article's own id.
     */
    private static Map<String, String> renameIds(Element article, Set<String> taken) {
        String chapter = article.id();
        Map<String, String> ids = new HashMap<>();
        ids.put("", unique(chapter, taken));
        article.id(ids.get(""));
        Elements elements = article.getAllElements();
        for (Element element : elements) {
            if (element != article && element.hasAttr("id")) {
                String old = element.id();
                ids.computeIfAbsent(old, id -> unique(chapter + "-" + id, taken));
                element.id(ids.get(old));
            }
        }
        for (Element element : elements) {
            if (element.attributesSize() == 0) {
                continue;
            }
            for (String attribute : ID_REFERENCES) {
                if (element.hasAttr(attribute)) {
                    element.attr(attribute, Stream.of(element.attr(attribute).trim().split("\\s+"))
                            .map(id -> ids.getOrDefault(id, id)).collect(Collectors.joining(" ")));
                }
            }
        }
        return ids;
    }

    /** {@code candidate}, or with the first free number appended when the page already uses it. */
    private static String unique(String candidate, Set<String> taken) {
        String id = candidate;
        for (int n = 2; !taken.add(id); n++) {
            id = candidate + "-" + n;
        }
        return id;
    }

    /** A link to a chapter on the page, as a link to its article or anchor; any other link unchanged. */
    private static String inside(String url, Map<String, Map<String, String>> byPage) {
        int hash = url.indexOf('#');
        Map<String, String> ids = byPage.get(hash < 0 ? url : url.substring(0, hash));
        if (ids == null) {
            return url;
        }
        String fragment = hash < 0 ? "" : url.substring(hash + 1);
        return "#" + ids.getOrDefault(fragment, ids.get(""));
    }
}
