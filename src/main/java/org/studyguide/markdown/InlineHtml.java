package org.studyguide.markdown;

import com.vladsch.flexmark.ast.HtmlInline;
import java.util.Locale;
import java.util.Set;

/**
 * Tracks whether prose lies between an inline HTML start tag and its end tag, such as the
 * {@code NRC} in {@code <kbd>NRC</kbd>}: Flexmark gives each tag its own node and leaves the text
 * between them as ordinary siblings. Raw HTML is escaped on output, but what an author wrapped in
 * tags is still theirs, so it is not marked up.
 */
final class InlineHtml {
    private static final Set<String> VOID_ELEMENTS = Set.of(
            "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr");

    private InlineHtml() {
    }

    /** How many elements are open after {@code tag}, given {@code depth} open before it. */
    static int depthAfter(int depth, HtmlInline tag) {
        String text = tag.getChars().toString();
        if (text.startsWith("</")) {
            return Math.max(0, depth - 1);
        }
        String name = name(text);
        boolean opens = !name.isEmpty() && !text.endsWith("/>") && !VOID_ELEMENTS.contains(name);
        return opens ? depth + 1 : depth;
    }

    /** The element name of a start tag; empty for comments, declarations and processing instructions. */
    private static String name(String tag) {
        if (tag.length() < 2 || !Character.isLetter(tag.charAt(1))) {
            return "";
        }
        int end = 1;
        while (end < tag.length() && (Character.isLetterOrDigit(tag.charAt(end)) || tag.charAt(end) == '-')) {
            end++;
        }
        return tag.substring(1, end).toLowerCase(Locale.ROOT);
    }
}
