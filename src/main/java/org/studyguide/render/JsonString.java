package org.studyguide.render;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * JSON string literals for the site's scripts and data files (the search index, the pop-ups'
 * terms, the CSL-JSON bibliography): quotes, backslashes and control characters escaped as JSON
 * requires, and {@code <}, U+2028 and U+2029 as well, so that a literal is also safe inside a
 * {@code <script>} element and in older JavaScript engines.
 */
final class JsonString {
    private JsonString() {
    }

    /** {@code value} as a JSON string literal. */
    static String of(String value) {
        StringWriter out = new StringWriter(value.length() + 2);
        try {
            write(out, value);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot happen: a StringWriter does not fail", e);
        }
        return out.toString();
    }

    /** Writes {@code value} as a JSON string literal into {@code out}. */
    static void write(Writer out, String value) throws IOException {
        out.write('"');
        // Runs of characters that need no escape are copied whole: the search index holds the
        // text of every chapter, which one write per character would copy slowly.
        int run = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\' || c == '<' || c == '\u2028' || c == '\u2029') {
                out.write(value, run, i - run);
                out.write(escape(c));
                run = i + 1;
            }
        }
        out.write(value, run, value.length() - run);
        out.write('"');
    }

    /** How {@code c}, a character that may not stand for itself, is written inside the literal. */
    private static String escape(char c) {
        return switch (c) {
            case '"' -> "\\\"";
            case '\\' -> "\\\\";
            case '\n' -> "\\n";
            case '\t' -> "\\t";
            case '\r' -> "\\r";
            default -> String.format("\\u%04x", (int) c);
        };
    }
}
