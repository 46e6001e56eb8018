package org.studyguide.markdown;

import com.vladsch.flexmark.util.sequence.Escaping;

/**
 * Flexmark's escaping of text and of attribute values ({@code HtmlWriter.text} and {@code tag}),
 * with the same results, but without its regular expression for a string that has nothing to
 * escape, as nearly every one of ours has: a mention's words, title and link, a line of prose.
 */
final class FlexmarkEscaping {
    private FlexmarkEscaping() {
    }

    /** {@code text} as {@code HtmlWriter.text} writes it. */
    static String text(CharSequence text) {
        return hasSpecial(text) ? Escaping.escapeHtml(text, false) : text.toString();
    }

    /** An attribute's {@code value} as {@code HtmlWriter.tag} writes it (entities kept as written). */
    static String attribute(CharSequence value) {
        return hasSpecial(value) ? Escaping.escapeHtml(value, true) : value.toString();
    }

    /** True when Flexmark would escape something in {@code text}: it looks for {@code & < > "} only. */
    private static boolean hasSpecial(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '&' || c == '<' || c == '>' || c == '"') {
                return true;
            }
        }
        return false;
    }
}
