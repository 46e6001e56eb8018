package org.studyguide.render;

import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Typographic punctuation for the plain text of a page, the same that Flexmark's typographic
 * extension gives Markdown: curly quotes and apostrophes, en and em dashes from {@code --} and
 * {@code ---}, an ellipsis from {@code ...}. Titles, summaries, expansions, locators and the other
 * plain YAML fields reach the page through the templates as written; this page pass sets them once,
 * at render time, so the model keeps the author's text (quotations are verified against it). Text
 * that must stay as written is left alone: code, scripts, form fields, any element marked
 * {@code translate="no"}, and text with a URL in it. Markdown's output has no straight quotes left
 * outside code, so a second pass over it changes nothing.
 */
public final class Typography {
    /** Elements whose text is never changed. */
    private static final Set<String> VERBATIM = Set.of("code", "pre", "kbd", "samp", "var", "script", "style",
            "textarea");
    /** Characters after which a quotation mark opens rather than closes. */
    private static final String OPENERS = "([{‘“–—/-";

    private Typography() {
    }

    /** Sets the typography of a whole document: the PDFs, whose titles and contents come from plain fields too. */
    public static void apply(Document document) {
        NodeTraversor.traverse(visitor(), document);
    }

    /**
     * The page pass, as a visitor of one walk over a page, which it may share with other passes that
     * leave the text alone: every text node outside verbatim elements, in document order.
     */
    static Pass visitor() {
        return new Pass();
    }

    /** The pass over one page, which {@link PagePasses} calls for each node of its walk. */
    static final class Pass implements NodeVisitor {
        private char before = ' ';
        /**
         * The outermost element around the current node that keeps its text as written, if any:
         * only it need be known (each element is asked once, not on the way in and out).
         */
        private Element verbatimRoot;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
                text(text);
            } else if (node instanceof Element element) {
                element(element);
            }
        }

        @Override
        public void tail(Node node, int depth) {
            left(node);
        }

        /** Sets the typography of a text node on the way. */
        void text(TextNode text) {
            if (verbatimRoot != null) {
                return;
            }
            String whole = text.getWholeText();
            int kind = kind(whole);
            if (kind == HAS_URL || whole.isEmpty()) {
                return;
            }
            String smart = kind == PLAIN ? whole : smarten(whole, before);
            if (smart != whole && !smart.equals(whole)) {
                text.text(smart);
            }
            if (!smart.isEmpty()) {
                before = smart.charAt(smart.length() - 1);
            }
        }

        /** Notes an element on the way down: whether its text stays as written, and whether it starts a block. */
        void element(Element element) {
            if (verbatimRoot == null && verbatim(element)) {
                verbatimRoot = element;
            }
            if (element.isBlock()) {
                before = ' ';
            }
        }

        /** Notes that the walk has left {@code node}. */
        void left(Node node) {
            if (node == verbatimRoot) {
                verbatimRoot = null;
            }
        }
    }

    /** What {@link #kind} finds: nothing to change, something to change, a URL (left as written). */
    private static final int PLAIN = 0;
    private static final int TO_SMARTEN = 1;
    private static final int HAS_URL = 2;

    /**
     * Whether {@code text} holds a URL, else whether {@link #smarten} would change it, in one look at
     * each character (most text nodes have neither; a search for each took several times as long).
     */
    private static int kind(String text) {
        int kind = PLAIN;
        int last = text.length() - 1;
        for (int i = 0; i <= last; i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\''
                    || i < last && (c == '-' && text.charAt(i + 1) == '-' || c == '.' && text.startsWith("...", i))) {
                kind = TO_SMARTEN;
            } else if (c == ':' && text.startsWith("//", i + 1)) {
                return HAS_URL;
            }
        }
        return kind;
    }

    /**
     * {@code text} with typographic punctuation; {@code before} is the character that precedes it
     * on the page (a space at the start of a block), which decides whether a leading quote opens.
     */
    static String smarten(String text, char before) {
        if (kind(text) == PLAIN) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        char previous = before;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char next = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
            if (c == '"') {
                out.append(opens(previous) ? '“' : '”');
            } else if (c == '\'') {
                out.append(opens(previous) && !space(next) ? '‘' : '’');
            } else if (text.startsWith("---", i)) {
                out.append('—');
                i += 2;
            } else if (text.startsWith("--", i)) {
                out.append('–');
                i += 1;
            } else if (text.startsWith("...", i)) {
                out.append('…');
                i += 2;
            } else {
                out.append(c);
            }
            previous = out.charAt(out.length() - 1);
        }
        return out.toString();
    }

    private static boolean opens(char previous) {
        return space(previous) || OPENERS.indexOf(previous) >= 0;
    }

    private static boolean space(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean verbatim(Element element) {
        // Most elements have no attributes: then only the name is asked.
        return VERBATIM.contains(element.normalName())
                || element.attributesSize() > 0 && element.attr("translate").equals("no");
    }
}
