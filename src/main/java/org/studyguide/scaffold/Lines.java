package org.studyguide.scaffold;

/** Line arithmetic over a text whose lines may end in {@code \n}, {@code \r\n} or {@code \r}, as YAML allows. */
final class Lines {
    private Lines() {
    }

    /** True when {@code offset} is at the start of a line. */
    static boolean isLineStart(String text, int offset) {
        return offset == 0 || text.charAt(offset - 1) == '\n' || text.charAt(offset - 1) == '\r';
    }

    /** Where the line holding {@code offset} starts. */
    static int lineStart(String text, int offset) {
        int i = offset;
        while (!isLineStart(text, i)) {
            i--;
        }
        return i;
    }

    /** Where the line holding {@code offset} ends, before its line break. */
    static int lineEnd(String text, int offset) {
        int i = offset;
        while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i++;
        }
        return i;
    }

    /** Where the next line starts: after the line break that ends the line holding {@code offset}, or the text's end. */
    static int nextLineStart(String text, int offset) {
        int end = lineEnd(text, offset);
        return end + breakAt(text, end).length();
    }

    /** The line break at {@code offset}, or an empty string at the end of the text. */
    static String breakAt(String text, int offset) {
        if (text.startsWith("\r\n", offset)) {
            return "\r\n";
        }
        return offset < text.length() ? String.valueOf(text.charAt(offset)) : "";
    }

    /** The line break the text uses: that of its first line, or {@code \n} for a text of one line. */
    static String lineBreak(String text) {
        String first = breakAt(text, lineEnd(text, 0));
        return first.isEmpty() ? "\n" : first;
    }

    /** True when the text between {@code from} and {@code to} is only spaces and tabs. */
    static boolean isBlank(String text, int from, int to) {
        return text.substring(from, to).chars().allMatch(c -> c == ' ' || c == '\t');
    }
}
