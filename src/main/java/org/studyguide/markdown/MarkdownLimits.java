package org.studyguide.markdown;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataKey;

/**
 * Limits on one Markdown text, so that no text can crash or stall the build: Flexmark parses any
 * nesting, but renders (and our passes walk) the tree by recursion, one level per quote, list or
 * emphasis inside another; and a text with thousands of references is a mistake, not a guide.
 */
final class MarkdownLimits {
    /** Deepest nesting of the parsed tree (a list in a list counts two levels: list and item). */
    static final int MAX_DEPTH = 100;
    /** Most references ({@code [[...]]}) one text may hold. */
    static final int MAX_REFERENCES = 2000;

    /** Set on a text's tree when it was nested too deeply: the offset of the first node too deep. */
    static final DataKey<Integer> TOO_DEEP_AT = new DataKey<>("STUDYGUIDE_TOO_DEEP_AT", -1);

    private MarkdownLimits() {
    }

    /** The start offset of the first node nested deeper than {@link #MAX_DEPTH}, or -1; walks without recursion. */
    static int tooDeepAt(Document document) {
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

    /** What to tell the author about a text nested too deeply. */
    static String tooDeepMessage() {
        return "Markdown nested more than " + MAX_DEPTH + " levels deep (quotes, lists or emphasis inside each other)";
    }
}
