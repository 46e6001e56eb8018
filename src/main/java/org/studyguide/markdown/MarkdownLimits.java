package org.studyguide.markdown;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataKey;
import java.util.Optional;

/**
 * Limits on one Markdown text, so that no text can crash or stall the build: Flexmark parses any
 * nesting, but renders (and our passes walk) the tree by recursion, one level per quote, list or
 * emphasis inside another; its parser's regular expressions recurse along a line; and a text with
 * thousands of references is a mistake, not a guide.
 */
final class MarkdownLimits {
    /** Deepest nesting of the parsed tree (a list in a list counts two levels: list and item). */
    static final int MAX_DEPTH = 100;
    /** Most references ({@code [[...]]}) one text may hold. */
    static final int MAX_REFERENCES = 2000;
    /**
     * Longest line: Flexmark's block parsers match lines with regular expressions, which recurse once
     * per character (a line of 2,000 {@code *} overflows a 1 MB stack); real lines are a few hundred.
     */
    static final int MAX_LINE = 5000;

    /** A text refused before rendering: where and why. */
    record Refusal(int offset, String message, String hint) {
    }

    /** Set on the (empty) tree of a refused text. */
    static final DataKey<Optional<Refusal>> REFUSED = new DataKey<>("STUDYGUIDE_REFUSED", Optional.empty());

    private MarkdownLimits() {
    }

    /** The start offset of the first node nested deeper than {@link #MAX_DEPTH}, or -1; walks without recursion. */
    private static int tooDeepAt(Document document) {
        Node node = document.getFirstChild();
        int depth = 1;
        while (node != null) {
            if (depth > MAX_DEPTH) {
                return node.getStartOffset();
            }
            if (node.getFirstChild() != null) {
                node = node.getFirstChild();
                depth++;
                continue;
            }
            while (node.getNext() == null) {
                node = node.getParent();
                depth--;
                if (node == null || node == document) {
                    return -1;
                }
            }
            node = node.getNext();
        }
        return -1;
    }

    /** A line longer than {@link #MAX_LINE}, found before parsing, which it would crash. */
    static Optional<Refusal> longLine(String text) {
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            int lineEnd = end < 0 ? text.length() : end;
            if (lineEnd - start > MAX_LINE) {
                return Optional.of(new Refusal(start + MAX_LINE, "a line longer than " + MAX_LINE + " characters",
                        "break the line: Markdown joins the lines of a paragraph"));
            }
            if (end < 0) {
                break;
            }
            start = end + 1;
        }
        return Optional.empty();
    }

    /** A parsed tree nested deeper than {@link #MAX_DEPTH}, which rendering would crash on. */
    static Optional<Refusal> tooDeep(Document document) {
        int offset = tooDeepAt(document);
        return offset < 0 ? Optional.empty() : Optional.of(new Refusal(offset, "Markdown nested more than " + MAX_DEPTH
                + " levels deep (quotes, lists or emphasis inside each other)",
                "a guide needs only a few levels; check the '>' and list markers here"));
    }
}
