package org.studyguide.print;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Keeps punctuation on the line of the word it touches, where that word is inside an inline
 * element (a link, an abbreviation, emphasis). openhtmltopdf may break a line at the boundary of
 * an inline element even without a space there (its issue #39), so "(" could end a line while the
 * link it opens starts the next one, and ")" or "," could start a line after a link. A break is
 * only impossible inside one text node, so the characters glued to the element (up to the nearest
 * space) move into its first or last text: {@code (<a>NATO</a>),} becomes {@code <a>(NATO),</a>}.
 * The text reads the same; only the link's area and colour take the punctuation in too.
 */
final class PdfInlineJoins {
    /** Inline elements whose text may take the punctuation beside them; not code, sup or sub, whose look would change. */
    private static final Set<String> INLINE = Set.of("a", "abbr", "em", "strong", "i", "b", "cite", "dfn", "q",
            "span", "time", "small", "mark");

    private PdfInlineJoins() {
    }

    /** Moves the glued punctuation into the inline elements under {@code root}. */
    static void apply(Element root) {
        List<Element> inline = new ArrayList<>();
        for (Element element : root.getAllElements()) {
            if (INLINE.contains(element.normalName())) {
                inline.add(element);
            }
        }
        for (Element element : inline) {
            joinBefore(element);
            joinAfter(element);
        }
    }

    private static void joinBefore(Element element) {
        TextNode first = firstText(element);
        if (first != null && element.previousSibling() instanceof TextNode before) {
            String text = before.getWholeText();
            int cut = text.length();
            while (cut > 0 && !Character.isWhitespace(text.charAt(cut - 1))) {
                cut--;
            }
            if (cut < text.length() && !first.getWholeText().isEmpty()
                    && !Character.isWhitespace(first.getWholeText().charAt(0))) {
                first.text(text.substring(cut) + first.getWholeText());
                before.text(text.substring(0, cut));
            }
        }
    }

    private static void joinAfter(Element element) {
        TextNode last = lastText(element);
        if (last != null && element.nextSibling() instanceof TextNode after) {
            String text = after.getWholeText();
            int cut = 0;
            while (cut < text.length() && !Character.isWhitespace(text.charAt(cut))) {
                cut++;
            }
            String inside = last.getWholeText();
            if (cut > 0 && !inside.isEmpty() && !Character.isWhitespace(inside.charAt(inside.length() - 1))) {
                last.text(inside + text.substring(0, cut));
                after.text(text.substring(cut));
            }
        }
    }

    /** The text node an element's text starts with, through nested inline elements; null if it starts otherwise. */
    private static TextNode firstText(Element element) {
        Node node = element.childNodeSize() == 0 ? null : element.childNode(0);
        if (node instanceof TextNode text) {
            return text;
        }
        return node instanceof Element child && INLINE.contains(child.normalName()) ? firstText(child) : null;
    }

    /** The text node an element's text ends with, through nested inline elements; null if it ends otherwise. */
    private static TextNode lastText(Element element) {
        Node node = element.childNodeSize() == 0 ? null : element.childNode(element.childNodeSize() - 1);
        if (node instanceof TextNode text) {
            return text;
        }
        return node instanceof Element child && INLINE.contains(child.normalName()) ? lastText(child) : null;
    }
}
