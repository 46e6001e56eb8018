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
    static NodeVisitor visitor() {
        return new NodeVisitor() {
            private char before = ' ';
            /**
             * The outermost element around the current node that keeps its text as written, if
             * any: only it need be known (each element is asked once, not on the way in and out).
             */
            private Element verbatimRoot;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text && verbatimRoot == null && !text.getWholeText().contains("://")) {
                    String whole = text.getWholeText();
                    String smart = smarten(whole, before);
                    if (!smart.equals(whole)) {
                        text.text(smart);
                    }
                    if (!smart.isEmpty()) {
                        before = smart.charAt(smart.length() - 1);
                    }
                } else if (node instanceof Element element) {
                    if (verbatimRoot == null && verbatim(element)) {
                        verbatimRoot = element;
                    }
                    if (element.isBlock()) {
                        before = ' ';
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node == verbatimRoot) {
                    verbatimRoot = null;
                }
            }
        };
    }

    /**
     * {@code text} with typographic punctuation; {@code before} is the character that precedes it
     * on the page (a space at the start of a block), which decides whether a leading quote opens.
     */
    static String smarten(String text, char before) {
        if (!needsSmartening(text)) {
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

    /** False for the usual text, with nothing {@link #smarten} would change: it is then left as it is. */
    private static boolean needsSmartening(String text) {
        // One look at each character, as most text nodes have none of these (four searches took
        // four times as long).
        int last = text.length() - 1;
        for (int i = 0; i <= last; i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\''
                    || i < last && (c == '-' && text.charAt(i + 1) == '-' || c == '.' && text.startsWith("...", i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean opens(char previous) {
        return space(previous) || OPENERS.indexOf(previous) >= 0;
    }

    private static boolean space(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean verbatim(Element element) {
        return VERBATIM.contains(element.normalName()) || element.attr("translate").equals("no");
    }
}
