package org.studyguide.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.studyguide.check.Reference.Use;

/**
 * Finds every URL a page refers to: links, resources in attributes and {@code srcset}, and the
 * {@code url(...)}s and {@code @import}s of its {@code <style>} elements and {@code style} attributes.
 */
final class HtmlReferences {

    /** Elements that carry a URL in an attribute, and what the browser does with it. */
    private record Source(Evaluator selector, String attribute, Use use) {
        Source(String selector, String attribute, Use use) {
            // Parsed once: every page is searched with the same queries.
            this(QueryParser.parse(selector), attribute, use);
        }
    }

    private static final List<Source> SOURCES = List.of(
            new Source("a[href], area[href]", "href", Use.LINK),
            new Source("form[action]", "action", Use.LINK),
            new Source("blockquote[cite], q[cite], ins[cite], del[cite]", "cite", Use.LINK),
            new Source("script[src], img[src], source[src], video[src], audio[src], track[src],"
                    + " iframe[src], embed[src], input[src]", "src", Use.RESOURCE),
            new Source("video[poster]", "poster", Use.RESOURCE),
            new Source("object[data]", "data", Use.RESOURCE));

    /** {@code <link rel>} values that name a document rather than load something into the page. */
    private static final Set<String> LINK_RELS = Set.of("canonical", "alternate", "author", "license");

    private static final Evaluator LINKS = QueryParser.parse("link[href]");
    private static final Evaluator SRCSETS = QueryParser.parse("img[srcset], source[srcset]");

    private HtmlReferences() {
    }

    /** Every reference in the page, attribute ones first, then those in CSS. */
    static List<Reference> find(Page page) {
        List<Reference> found = new ArrayList<>();
        for (Source source : SOURCES) {
            for (Element element : page.document().select(source.selector())) {
                found.add(inAttribute(page, element, source.attribute(), source.use()));
            }
        }
        for (Element link : page.document().select(LINKS)) {
            found.add(inAttribute(page, link, "href", linkUse(link)));
        }
        for (Element image : page.document().select(SRCSETS)) {
            found.addAll(inSrcset(page, image));
        }
        for (Element styled : page.document().select("[style]")) {
            found.addAll(CssReferences.find(styled.attr("style"), page.path(), page.placeOfValue(styled, "style")));
        }
        for (Element style : page.document().select("style")) {
            for (DataNode css : style.dataNodes()) {
                found.addAll(CssReferences.find(css.getWholeData(), page.path(), page.placeOf(css)));
            }
        }
        return found;
    }

    private static Reference inAttribute(Page page, Element element, String attribute, Use use) {
        return new Reference(page.url(element.attr(attribute)), page.path(), use, page.placeOfValue(element, attribute),
                page.authored(element).isPresent());
    }

    /** A {@code <link>} loads something unless all its rels only name a related document. */
    private static Use linkUse(Element link) {
        String[] rels = link.attr("rel").toLowerCase(Locale.ROOT).trim().split("\\s+");
        boolean onlyNames = Arrays.stream(rels).allMatch(LINK_RELS::contains);
        return onlyNames ? Use.LINK : Use.RESOURCE;
    }

    private static List<Reference> inSrcset(Page page, Element element) {
        String value = element.attr("srcset");
        return Srcset.parse(value).stream()
                .map(candidate -> new Reference(page.url(candidate.url()), page.path(), Use.RESOURCE,
                        page.placeOfValue(element, "srcset").advance(value, candidate.offset())))
                .toList();
    }
}
