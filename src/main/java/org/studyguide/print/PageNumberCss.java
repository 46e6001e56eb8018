package org.studyguide.print;

import java.util.function.BiPredicate;

/**
 * Splits the PDF stylesheet for a document laid out in pieces: the pieces draw everything but the
 * page numbers, which only the whole document knows, and a document of empty pages draws the page
 * numbers alone, to be laid over the joined pieces. A {@code content} declaration "shows a page
 * number" when its value uses {@code counter(page)} or {@code counter(pages)}. The scan skips
 * strings and comments, so a quoted ";" or "}" does not end a declaration early.
 */
final class PageNumberCss {
    private PageNumberCss() {
    }

    /** The stylesheet without page numbers: each declaration that would show one becomes {@code content: none}. */
    static String withoutPageNumbers(String css) {
        return rewrite(css, (value, inPageRule) -> showsPageNumber(value));
    }

    /**
     * Only the page numbers: every other {@code content} of a page's margin boxes becomes
     * {@code none}, so that running heads and fixed texts are not drawn twice.
     */
    static String pageNumbersOnly(String css) {
        return rewrite(css, (value, inPageRule) -> inPageRule && !showsPageNumber(value));
    }

    static boolean showsPageNumber(String value) {
        String squashed = value.replaceAll("\\s+", "");
        return squashed.contains("counter(page)") || squashed.contains("counter(pages)")
                || squashed.contains("counter(page,") || squashed.contains("counter(pages,");
    }

    /** Replaces the value of each {@code content} declaration for which {@code blank} holds with {@code none}. */
    private static String rewrite(String css, BiPredicate<String, Boolean> blank) {
        StringBuilder out = new StringBuilder(css.length());
        int depth = 0;
        int pageDepth = -1;
        int i = 0;
        while (i < css.length()) {
            char c = css.charAt(i);
            if (c == '/' && i + 1 < css.length() && css.charAt(i + 1) == '*') {
                int end = css.indexOf("*/", i + 2);
                end = end < 0 ? css.length() : end + 2;
                out.append(css, i, end);
                i = end;
            } else if (c == '"' || c == '\'') {
                int end = endOfString(css, i);
                out.append(css, i, end);
                i = end;
            } else if (c == '{') {
                if (pageDepth < 0 && precedingRuleIsPage(css, i)) {
                    pageDepth = depth;
                }
                depth++;
                out.append(c);
                i++;
            } else if (c == '}') {
                depth = Math.max(0, depth - 1);
                if (depth == pageDepth) {
                    pageDepth = -1;
                }
                out.append(c);
                i++;
            } else if (startsDeclaration(css, i, "content")) {
                int colon = css.indexOf(':', i);
                int end = endOfValue(css, colon + 1);
                String value = css.substring(colon + 1, end);
                out.append(css, i, colon + 1);
                out.append(blank.test(value, pageDepth >= 0) ? " none" + value.substring(value.stripTrailing().length())
                        : value);
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** True when the property {@code name} starts at {@code i}: after "{", ";" or whitespace, and followed by ":". */
    private static boolean startsDeclaration(String css, int i, String name) {
        if (!css.startsWith(name, i) || (i > 0 && !isDeclarationStart(css.charAt(i - 1)))) {
            return false;
        }
        int j = i + name.length();
        while (j < css.length() && Character.isWhitespace(css.charAt(j))) {
            j++;
        }
        return j < css.length() && css.charAt(j) == ':';
    }

    private static boolean isDeclarationStart(char c) {
        return c == '{' || c == ';' || Character.isWhitespace(c);
    }

    /** Whether the rule whose block opens at {@code brace} is an {@code @page} rule. */
    private static boolean precedingRuleIsPage(String css, int brace) {
        int start = Math.max(Math.max(css.lastIndexOf('}', brace - 1), css.lastIndexOf(';', brace - 1)),
                css.lastIndexOf('{', brace - 1)) + 1;
        return css.substring(start, brace).replaceAll("(?s)/\\*.*?\\*/", "").strip().startsWith("@page");
    }

    private static int endOfString(String css, int quote) {
        char q = css.charAt(quote);
        int i = quote + 1;
        while (i < css.length() && css.charAt(i) != q) {
            i += css.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(css.length(), i + 1);
    }

    /** Where a declaration's value ends: at the ";" or "}" that is outside strings and brackets. */
    private static int endOfValue(String css, int from) {
        int i = from;
        int brackets = 0;
        while (i < css.length()) {
            char c = css.charAt(i);
            if (c == '"' || c == '\'') {
                i = endOfString(css, i);
                continue;
            }
            if (c == '(') {
                brackets++;
            } else if (c == ')') {
                brackets = Math.max(0, brackets - 1);
            } else if ((c == ';' || c == '}') && brackets == 0) {
                return i;
            }
            i++;
        }
        return i;
    }
}
