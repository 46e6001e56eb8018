package org.studyguide.html;

import org.jsoup.nodes.Attributes;

/**
 * Reads the markup of the conservative subset {@link WellFormedHtml} takes, from a position in the
 * input onwards: start tags with lower-case names and quoted or bare attributes, plain end tags,
 * comments, the HTML5 doctype and raw text up to its end tag. Each read answers null (or -1) for
 * anything outside that subset, which the builder takes as "not mine".
 */
final class TagScanner {
    /** What {@link #attributes} answers for a tag without any: not to be given to an element. */
    static final Attributes NONE = new Attributes();

    private final String html;
    /**
     * The input's characters, read one by one faster than through {@code charAt}, in a lent buffer
     * that may be longer than the input: {@code length} ends them.
     */
    private char[] chars;
    private final int length;
    private int at;
    /** Short strings read so far, by hash (see {@link #string}). */
    private final String[] shared = new String[512];

    TagScanner(String html) {
        this.html = html;
        this.length = html.length();
        this.chars = ScratchChars.borrow(length);
        html.getChars(0, length, chars, 0);
    }

    /** Gives the lent buffer back; the scanner reads nothing after this. */
    void release() {
        ScratchChars.giveBack(chars);
        chars = null;
    }

    /**
     * Whether the input has no carriage return (which the parser turns into line feeds) and no NUL;
     * one loop over the characters, as {@code indexOf} on text beyond Latin-1 is a plain loop under C1.
     */
    boolean plainCharacters() {
        for (int i = 0; i < length; i++) {
            char c = chars[i];
            if (c == '\r' || c == 0) {
                return false;
            }
        }
        return true;
    }

    int position() {
        return at;
    }

    boolean atEnd() {
        return at >= length;
    }

    /** The text up to the next '<' (or the end), moving past it; entities decoded as in text. */
    String text() {
        int end = at;
        while (end < length && chars[end] != '<') {
            end++;
        }
        String raw = string(at, end);
        at = end;
        return CharacterReferences.decode(raw, false);
    }

    /** Whether the input at the current position starts with {@code prefix}. */
    boolean startsWith(String prefix) {
        return html.startsWith(prefix, at);
    }

    /** Whether a start tag begins here: '<' and a lower-case letter. */
    boolean atStartTag() {
        return at + 1 < length && chars[at] == '<' && isLower(chars[at + 1]);
    }

    /** Whether an end tag begins here: "</" and a lower-case letter. */
    boolean atEndTag() {
        return at + 2 < length && chars[at] == '<' && chars[at + 1] == '/' && isLower(chars[at + 2]);
    }

    /** The tag name after '<' or "</" (the caller has seen that one is there); null when it is odd. */
    String name(int skip) {
        int start = at + skip;
        int i = start;
        while (i < length && (isLower(chars[i]) || isDigit(chars[i]) || chars[i] == '-')) {
            i++;
        }
        if (i == length || !(isSpace(chars[i]) || chars[i] == '>' || chars[i] == '/')) {
            return null;
        }
        at = i;
        return string(start, i);
    }

    /** After an end tag's name: its '>', straight after it. */
    boolean endTagClose() {
        if (at < length && chars[at] == '>') {
            at++;
            return true;
        }
        return false;
    }

    /**
     * The attributes after a start tag's name, through its "&gt;" or "/&gt;" (which {@link #selfClosed}
     * tells afterwards); null when any of them is outside the subset, or given twice.
     */
    Attributes attributes() {
        Attributes attributes = null;
        while (true) {
            int spaces = at;
            while (at < length && isSpace(chars[at])) {
                at++;
            }
            if (at >= length) {
                return null;
            }
            char c = chars[at];
            if (c == '>' || (c == '/' && html.startsWith("/>", at))) {
                at += c == '>' ? 1 : 2;
                selfClosed = c == '/';
                return attributes != null ? attributes : NONE;
            }
            if (at == spaces || !isLower(c)) {
                return null;
            }
            int start = at;
            while (at < length && isNameChar(chars[at])) {
                at++;
            }
            String key = string(start, at);
            String value = null;
            if (at < length && chars[at] == '=') {
                value = quoted();
                if (value == null) {
                    return null;
                }
            } else if (at >= length || !(isSpace(chars[at]) || chars[at] == '>' || chars[at] == '/')) {
                return null;
            }
            if (attributes == null) {
                attributes = new Attributes();
            } else if (attributes.hasKey(key)) {
                return null;
            }
            attributes.add(key, value);
        }
    }

    private boolean selfClosed;

    /** Whether the start tag {@link #attributes} read last ended in "/&gt;". */
    boolean selfClosed() {
        return selfClosed;
    }

    /** A quoted value after '=', decoded as in attributes; null unless quoted. */
    private String quoted() {
        char quote = at + 1 < length ? chars[at + 1] : 0;
        if (quote != '"' && quote != '\'') {
            return null;
        }
        int end = html.indexOf(quote, at + 2);
        if (end < 0) {
            return null;
        }
        String raw = html.substring(at + 2, end);
        at = end + 1;
        return CharacterReferences.decode(raw, true);
    }

    /** A comment's text, moving past it; null for a comment the tokeniser reads in an unusual way. */
    String comment() {
        int start = at + 4;
        int end = html.indexOf("-->", start);
        if (end < 0) {
            return null;
        }
        String data = html.substring(start, end);
        if (data.startsWith(">") || data.startsWith("-") || data.endsWith("-") || data.contains("--!>")
                || data.contains("<!--")) {
            return null;
        }
        at = end + 3;
        return data;
    }

    /** Moves past the HTML5 doctype if it is here, as written by hand ("&lt;!DOCTYPE html&gt;"). */
    boolean doctype() {
        if (html.regionMatches(true, at, "<!doctype html>", 0, 15)
                && (html.startsWith("<!DOCTYPE", at) || html.startsWith("<!doctype", at))
                && html.startsWith("html>", at + 10)) {
            at += 15;
            return true;
        }
        return false;
    }

    /**
     * The raw text of a script, style or title up to its end tag, moving past that; null when the
     * end tag is missing or differently written, or (in a script) where the tokeniser's escape
     * states would read the text otherwise.
     */
    String rawText(String name) {
        String close = "</" + name;
        int end = indexOfIgnoreCase(close, at);
        if (end < 0 || !html.startsWith(close + ">", end)) {
            return null;
        }
        String raw = html.substring(at, end);
        if (name.equals("script") && raw.contains("<!--")) {
            return null;
        }
        at = end + close.length() + 1;
        return raw;
    }

    private int indexOfIgnoreCase(String what, int from) {
        for (int i = html.indexOf('<', from); i >= 0; i = html.indexOf('<', i + 1)) {
            if (html.regionMatches(true, i, what, 0, what.length())) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The input from {@code start} to {@code end}; a short one (a name, a line break) shared with
     * its earlier copies, as Jsoup's reader shares them, so that a tree holds no more strings than
     * after Jsoup's parse.
     */
    private String string(int start, int end) {
        int length = end - start;
        if (length > 12) {
            return html.substring(start, end);
        }
        int hash = 0;
        for (int i = start; i < end; i++) {
            hash = 31 * hash + chars[i];
        }
        int slot = hash & (shared.length - 1);
        String known = shared[slot];
        if (known != null && known.length() == length && html.regionMatches(start, known, 0, length)) {
            return known;
        }
        String made = html.substring(start, end);
        shared[slot] = made;
        return made;
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\f';
    }

    static boolean isBlank(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!isSpace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLower(char c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isNameChar(char c) {
        return isLower(c) || isDigit(c) || c == '-' || c == '_' || c == ':' || c == '.';
    }
}
