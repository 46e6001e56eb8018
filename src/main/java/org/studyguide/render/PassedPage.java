package org.studyguide.render;

import java.nio.charset.StandardCharsets;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.studyguide.html.HtmlOut;
import org.studyguide.markdown.SourceMarks;

/**
 * A page after the HTML passes, handed to the check stage as it is made, so that the checker reads
 * the render stage's tree instead of parsing the page again. The page's {@link SourceMarks} are
 * taken out of the tree into {@code marks} before it is written, so that {@code bytes} are the page
 * as published, while the checker still knows where the author wrote each marked element.
 *
 * @param path     the page's site path, such as {@code chapters/a.html}
 * @param bytes    the page as published
 * @param marks    each marked element's mark, as {@link SourceMarks#decode} reads it
 * @param elements the elements of the tree {@code bytes} were written from (not to be changed), in
 *                 document order with the tree first, as {@link Document#getAllElements} lists them
 */
public record PassedPage(String path, byte[] bytes, Map<Element, String> marks, List<Element> elements) {

    /** Takes the marks out of {@code tree} and writes it (as Jsoup would, by {@link HtmlOut}). */
    public static PassedPage of(String path, Document tree) {
        Map<Element, String> marks = new IdentityHashMap<>();
        List<Element> elements = tree.getAllElements();
        for (Element element : elements) {
            if (element.hasAttr(SourceMarks.ATTRIBUTE)) {
                marks.put(element, element.attr(SourceMarks.ATTRIBUTE));
                element.removeAttr(SourceMarks.ATTRIBUTE);
            }
        }
        return new PassedPage(path, HtmlOut.outerHtml(tree).getBytes(StandardCharsets.UTF_8), marks, elements);
    }
}
