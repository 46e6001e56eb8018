package org.studyguide.verify;

/**
 * Text in the canonical form quotations are compared in, with a map back to the original. The
 * form forgives what text extraction does to a reading and nothing else: runs of whitespace become
 * one space; typographic quotes become straight ones; hyphens and dashes are dropped together with
 * the spaces around them (so "co-&#10;operation", "co-operation" and "NATO – Russia" all compare
 * equal to their unbroken forms); footnote marks such as {@code CSTO1} or {@code [iii]} are
 * dropped; and "…" is spelled "...". Letters, case and other punctuation must match exactly.
 */
final class ReadingText {
    private final String original;
    private final String canonical;
    private final int[] toOriginal;

    private ReadingText(String original, String canonical, int[] toOriginal) {
        this.original = original;
        this.canonical = canonical;
        this.toOriginal = toOriginal;
    }

    /** The canonical form of {@code text}. */
    static ReadingText of(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int[] map = new int[text.length() * 3 + 1];
        boolean afterDash = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int skip = footnoteMark(text, i);
            if (skip > 0) {
                i += skip;
                continue;
            }
            if (isDash(c)) {
                trimTrailingSpace(out);
                afterDash = true;
            } else if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u00AD') {
                if (c != '\u00AD' && !afterDash && out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                    map[out.length()] = i;
                    out.append(' ');
                }
            } else {
                afterDash = false;
                for (char canonicalChar : canonical(c).toCharArray()) {
                    map[out.length()] = i;
                    out.append(canonicalChar);
                }
            }
            i++;
        }
        trimTrailingSpace(out);
        int[] toOriginal = new int[out.length() + 1];
        System.arraycopy(map, 0, toOriginal, 0, out.length());
        toOriginal[out.length()] = text.length();
        return new ReadingText(text, out.toString(), toOriginal);
    }

    /** The canonical text. */
    String canonical() {
        return canonical;
    }

    /** The original text behind the canonical span {@code [from, to)}, whitespace collapsed. */
    String original(int from, int to) {
        int start = toOriginal[Math.max(0, from)];
        int end = to >= canonical.length() ? original.length() : toOriginal[to];
        return original.substring(start, Math.max(start, end)).replaceAll("\\s+", " ").strip();
    }

    private static void trimTrailingSpace(StringBuilder out) {
        if (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
            out.setLength(out.length() - 1);
        }
    }

    private static boolean isDash(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2012' || c == '\u2013' || c == '\u2014'
                || c == '\u2015' || c == '\u2212';
    }

    private static String canonical(char c) {
        return switch (c) {
            case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032' -> "'";
            case '\u201C', '\u201D', '\u201E', '\u201F', '\u00AB', '\u00BB', '\u2033' -> "\"";
            case '\u2026' -> "...";
            default -> String.valueOf(c);
        };
    }

    /**
     * The length of a footnote mark starting at {@code i}, or 0: digits glued to the end of a word
     * or of closing punctuation ({@code CSTO1}, {@code ]56}), or a bracketed number or roman
     * numeral ({@code [12]}, {@code [iii]}).
     */
    private static int footnoteMark(String text, int i) {
        char c = text.charAt(i);
        if (Character.isDigit(c) && i > 0 && gluesMark(text.charAt(i - 1))) {
            int end = i;
            while (end < text.length() && Character.isDigit(text.charAt(end))) {
                end++;
            }
            boolean endsMark = end == text.length() || Character.isWhitespace(text.charAt(end))
                    || ".,;:)".indexOf(text.charAt(end)) >= 0;
            return endsMark && end - i <= 3 ? end - i : 0;
        }
        if (c == '[') {
            int close = text.indexOf(']', i);
            if (close > i + 1 && close - i <= 7 && text.substring(i + 1, close).matches("[0-9]+|[ivxlcIVXLC]+")) {
                return close - i + 1;
            }
        }
        return 0;
    }

    private static boolean gluesMark(char previous) {
        return Character.isLetter(previous) || ".,;:)]\"'\u2019\u201D".indexOf(previous) >= 0;
    }
}
