package org.studyguide.render;

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
 *                 document order with the tree first, as {@link Document#getAllElements} lists them;
 *                 for a print page, its frame's with each article's in its placeholder's place
 */
public record PassedPage(String path, byte[] bytes, Map<Element, String> marks, List<Element> elements) {

    /** {@link #of(String, Document, int)} for a tree whose HTML's length is not known. */
    public static PassedPage of(String path, Document tree) {
        return of(path, tree, 0);
    }

    /**
     * Takes the marks out of {@code tree}, parsed from {@code parsedChars} characters of HTML, and
     * writes it (as Jsoup would, by {@link HtmlOut}).
     */
    static PassedPage of(String path, Document tree, int parsedChars) {
        List<Element> elements = tree.getAllElements();
        Map<Element, String> marks = takeMarks(elements);
        // Written about as long as parsed; an eighth more for links made relative (../) and such.
        return new PassedPage(path, HtmlOut.outerHtmlUtf8(tree, parsedChars + parsedChars / 8), marks, elements);
    }

    /** Takes the marks out of {@code elements}; returns each marked element's mark. */
    static Map<Element, String> takeMarks(List<Element> elements) {
        Map<Element, String> marks = new IdentityHashMap<>();
        for (Element element : elements) {
            // Most elements have no attributes, and asking for one by name costs a case-blind search.
            if (element.attributesSize() > 0 && element.hasAttr(SourceMarks.ATTRIBUTE)) {
                marks.put(element, element.attr(SourceMarks.ATTRIBUTE));
                element.removeAttr(SourceMarks.ATTRIBUTE);
            }
        }
        return marks;
    }
}
