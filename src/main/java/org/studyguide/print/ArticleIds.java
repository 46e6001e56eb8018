package org.studyguide.print;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.nodes.Element;

/**
 * The ids of a chapter's article on a print page: every id gets the chapter's id as a prefix (the
 * article takes the chapter's id, {@code #objectives-title} in chapter {@code nrc} becomes
 * {@code #nrc-objectives-title}), and a number when that still clashes with an id the page already
 * uses. An article is renamed alone, as if nothing else were on the page ({@link #rename}); the
 * print page then works out its ids among the others ({@link #assign}), which in all but rare
 * cases are the same, and {@link #move}s an article whose ids had to change.
 */
public final class ArticleIds {
    /** Attributes that name other elements by id. */
    public static final List<String> ID_REFERENCES = List.of("aria-labelledby", "aria-describedby",
            "aria-controls", "aria-owns", "aria-details", "aria-flowto", "aria-activedescendant", "for", "headers");
    /** The attributes whose links to a chapter on the page are pointed inside it. */
    public static final List<String> LINK_ATTRIBUTES = List.of("href", "cite");

    private ArticleIds() {
    }

    /**
     * Renames the ids in {@code article}, whose chapter is {@code chapter}, and the references to
     * them inside it, as if no other id were taken; returns the old ids mapped to the new in the
     * order they were given, with the empty string (the article's own) first.
     */
    public static Map<String, String> rename(Element article, String chapter) {
        List<String> old = new ArrayList<>();
        for (Element element : article.getAllElements()) {
            if (element != article && element.hasAttr("id")) {
                old.add(element.id());
            }
        }
        Map<String, String> ids = assign(chapter, old, new HashSet<>());
        apply(article, ids);
        return ids;
    }

    /**
     * The new ids of a chapter's old ids ({@code old}, in document order, the article's own left
     * out or given as the empty string first), each taken from {@code taken} in turn.
     */
    public static Map<String, String> assign(String chapter, Iterable<String> old, Set<String> taken) {
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put("", unique(chapter, taken));
        for (String id : old) {
            ids.computeIfAbsent(id, o -> unique(chapter + "-" + o, taken));
        }
        return ids;
    }

    /**
     * Gives an article renamed to the ids {@code from} those of {@code to} (both as {@link #assign}
     * made them, for the same old ids), and the references to them.
     */
    public static void move(Element article, Map<String, String> from, Map<String, String> to) {
        Map<String, String> moved = new HashMap<>();
        from.forEach((old, renamed) -> moved.put(renamed, to.get(old)));
        moved.put("", to.get(""));
        apply(article, moved);
    }

    /** Sets the article's id to {@code ids}' empty key's, and maps every other id and reference through {@code ids}. */
    private static void apply(Element article, Map<String, String> ids) {
        apply(article, article.getAllElements(), ids);
    }

    /**
     * Like {@link #rename}, with the article's ids already {@code ids} (as {@link #assign} made them
     * for its old ids in document order), and of its elements only {@code elements} (those with an
     * id or a reference to one, or more) to be looked at.
     */
    public static void apply(Element article, Iterable<Element> elements, Map<String, String> ids) {
        article.id(ids.get(""));
        for (Element element : elements) {
            if (element.attributesSize() == 0) {
                continue;
            }
            if (element != article && element.hasAttr("id")) {
                element.id(ids.get(element.id()));
            }
            for (String attribute : ID_REFERENCES) {
                if (element.hasAttr(attribute)) {
                    element.attr(attribute, Stream.of(element.attr(attribute).trim().split("\\s+"))
                            .map(id -> ids.getOrDefault(id, id)).collect(Collectors.joining(" ")));
                }
            }
        }
    }

    /** {@code candidate}, or with the first free number appended when the page already uses it. */
    private static String unique(String candidate, Set<String> taken) {
        String id = candidate;
        for (int n = 2; !taken.add(id); n++) {
            id = candidate + "-" + n;
        }
        return id;
    }

    /**
     * A site-root {@code url} that links to a chapter on the page (one of {@code byPage}, the chapter
     * pages' paths from the root, each with its article's ids), as a link to its article or
     * anchor; any other link unchanged.
     */
    public static String inside(String url, Map<String, Map<String, String>> byPage) {
        Map<String, String> ids = byPage.get(page(url));
        if (ids == null) {
            return url;
        }
        int hash = url.indexOf('#');
        String fragment = hash < 0 ? "" : url.substring(hash + 1);
        return "#" + ids.getOrDefault(fragment, ids.get(""));
    }

    /** The page a URL names: the URL without its fragment. */
    public static String page(String url) {
        int hash = url.indexOf('#');
        return hash < 0 ? url : url.substring(0, hash);
    }
}
