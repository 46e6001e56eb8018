package org.studyguide.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;
import org.studyguide.check.Reference.Use;

/**
 * Finds every URL a page refers to: links, resources in attributes and {@code srcset}, and the
 * {@code url(...)}s and {@code @import}s of its {@code <style>} elements and {@code style} attributes.
 */
final class HtmlReferences {

    /** Elements that carry a URL in an attribute: the attribute, what the browser does with it, and the tags. */
    private record Source(String attribute, Use use, Set<String> tags) {
    }

    /**
     * In the order their references are listed; an element is matched by its tag and the presence of
     * the attribute, as the selector {@code tag[attribute]} would match it.
     */
    private static final List<Source> SOURCES = List.of(
            new Source("href", Use.LINK, Set.of("a", "area")),
            new Source("action", Use.LINK, Set.of("form")),
            new Source("cite", Use.LINK, Set.of("blockquote", "q", "ins", "del")),
            new Source("src", Use.RESOURCE, Set.of("script", "img", "source", "video", "audio", "track", "iframe",
                    "embed", "input")),
            new Source("poster", Use.RESOURCE, Set.of("video")),
            new Source("data", Use.RESOURCE, Set.of("object")));

    /** For each tag that carries a URL in an attribute, the indexes of its {@link #SOURCES}, in order. */
    private static final Map<String, int[]> SOURCES_BY_TAG = sourcesByTag();

    /** {@code <link rel>} values that name a document rather than load something into the page. */
    private static final Set<String> LINK_RELS = Set.of("canonical", "alternate", "author", "license");
    private static final int[] NONE = {};
    private static final Set<String> SRCSET_TAGS = Set.of("img", "source");

    private HtmlReferences() {
    }

    /**
     * Every reference in the page, attribute ones first (source by source, each in document order),
     * then those in CSS. Found in one walk over the page's elements, a bucket for each kind, as a
     * large site's pages have hundreds of elements each.
     */
    static List<Reference> find(Page page) {
        int links = SOURCES.size();
        int srcsets = links + 1;
        int styled = links + 2;
        int styles = links + 3;
        List<List<Reference>> found = new ArrayList<>();
        for (int i = 0; i <= styles; i++) {
            found.add(new ArrayList<>());
        }
        List<Element> elements = page.elements();
        for (int index = 0; index < elements.size(); index++) {
            Element element = elements.get(index);
            String tag = element.normalName();
            if (element.attributesSize() == 0) {
                // Most elements have no attributes: only a style element's text can refer to something.
                if (tag.equals("style")) {
                    styles(page, element, found.get(styles));
                }
                continue;
            }
            for (int i : SOURCES_BY_TAG.getOrDefault(tag, NONE)) {
                Source source = SOURCES.get(i);
                if (element.hasAttr(source.attribute())) {
                    found.get(i).add(inAttribute(page, index, source.attribute(), source.use()));
                }
            }
            if (tag.equals("link") && element.hasAttr("href")) {
                found.get(links).add(inAttribute(page, index, "href", linkUse(element)));
            }
            if (SRCSET_TAGS.contains(tag) && element.hasAttr("srcset")) {
                found.get(srcsets).addAll(inSrcset(page, index));
            }
            if (element.hasAttr("style")) {
                found.get(styled).addAll(CssReferences.find(element.attr("style"), page.path(),
                        page.placeOfValue(index, "style")));
            }
            if (tag.equals("style")) {
                styles(page, element, found.get(styles));
            }
        }
        List<Reference> all = new ArrayList<>();
        found.forEach(all::addAll);
        return all;
    }

    /** Adds the references in the CSS of {@code style}, a style element, to {@code found}. */
    private static void styles(Page page, Element style, List<Reference> found) {
        for (DataNode css : style.dataNodes()) {
            found.addAll(CssReferences.find(css.getWholeData(), page.path(), page.placeOf(css)));
        }
    }

    private static Map<String, int[]> sourcesByTag() {
        Map<String, List<Integer>> indexes = new HashMap<>();
        for (int i = 0; i < SOURCES.size(); i++) {
            for (String tag : SOURCES.get(i).tags()) {
                indexes.computeIfAbsent(tag, t -> new ArrayList<>()).add(i);
            }
        }
        Map<String, int[]> byTag = new HashMap<>();
        indexes.forEach((tag, list) -> byTag.put(tag, list.stream().mapToInt(Integer::intValue).toArray()));
        return byTag;
    }

    /** The reference in {@code attribute} of the page's element at {@code index} in {@link Page#elements}. */
    private static Reference inAttribute(Page page, int index, String attribute, Use use) {
        Element element = page.elements().get(index);
        return new Reference(page.url(element.attr(attribute)), page.path(), use, page.placeOfValue(index, attribute),
                page.authored(element).isPresent());
    }

    /** A {@code <link>} loads something unless all its rels only name a related document. */
    private static Use linkUse(Element link) {
        String[] rels = link.attr("rel").toLowerCase(Locale.ROOT).trim().split("\\s+");
        boolean onlyNames = Arrays.stream(rels).allMatch(LINK_RELS::contains);
        return onlyNames ? Use.LINK : Use.RESOURCE;
    }

    private static List<Reference> inSrcset(Page page, int index) {
        String value = page.elements().get(index).attr("srcset");
        return Srcset.parse(value).stream()
                .map(candidate -> new Reference(page.url(candidate.url()), page.path(), Use.RESOURCE,
                        page.placeOfValue(index, "srcset").advance(value, candidate.offset())))
                .toList();
    }
}
