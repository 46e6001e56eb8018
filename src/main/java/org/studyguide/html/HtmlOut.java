package org.studyguide.html;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jsoup.helper.ValidationException;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.CDataNode;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.FormElement;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.nodes.XmlDeclaration;
import org.jsoup.parser.Parser;
import org.jsoup.parser.Tag;

/**
 * Writes a Jsoup tree as HTML, exactly as Jsoup 1.24.1's {@link Node#outerHtml()} and
 * {@link Element#html()} write it under the settings every page uses: HTML syntax, no pretty
 * printing, UTF-8, the base escape mode. A tree under any other settings is handed to Jsoup, as is
 * one holding a node of a class this writer does not know; rare cases inside a known tree (an
 * attribute name that is not valid HTML, a control character, a lone surrogate, a doctype, CDATA)
 * are written by Jsoup's own code for that one piece. {@code HtmlOutTest} and {@code HtmlOutPagesIT}
 * compare the two on thousands of random trees and on every page of two real builds.
 *
 * <p>Why it exists: Jsoup's writer took as long as parsing a page (0.55-0.8 ms for an 18 KB chapter
 * page, Java 17 with C1 as the launcher runs it; about 11 % of a 2,000-chapter build's CPU), three
 * quarters of it in escaping, which costs a code point, a switch, an encoder test and an append per
 * character. This writer copies runs of plain characters at once, in 40-55 % of Jsoup's time
 * (bench/WriteBench.java; numbers in bench/results.md).
 */
public final class HtmlOut {
    private static final String[] INITIAL_NEWLINE = {"pre", "listing", "textarea"};
    /** Jsoup's default settings, which escape as the settings written here do (base mode, UTF-8). */
    private static final Document.OutputSettings DEFAULTS = new Document.OutputSettings();

    /**
     * The HTML written so far, in a lent char array ({@link CharsWriter}): C1 copies into it faster
     * than into a StringBuilder.
     */
    private final CharsWriter out;
    /** The text being escaped, copied out of its string to be read without a bounds check per character. */
    private char[] text = new char[256];
    /** The current element's attribute names, to see that none was written twice. */
    private String[] names = new String[8];

    private HtmlOut(int capacity) {
        out = new CharsWriter(capacity);
    }

    /** Gives the buffer back, once what was written has been copied out. */
    private void done() {
        out.release();
    }

    /** {@code node} as {@link Node#outerHtml()} writes it. */
    public static String outerHtml(Node node) {
        if (!handles(node)) {
            return node.outerHtml();
        }
        HtmlOut writer = new HtmlOut(8192);
        try {
            boolean written = node instanceof Document document ? writer.children(document) : writer.tree(node);
            return written ? writer.written() : node.outerHtml();
        } finally {
            writer.done();
        }
    }

    /**
     * {@code node} as {@link Node#outerHtml()} writes it, in UTF-8 (as {@code getBytes(UTF_8)}
     * encodes it), into a buffer of {@code expectedChars} to start with: a page parsed from a text
     * about as long as it will be written need not grow the buffer twice or three times over.
     */
    public static byte[] outerHtmlUtf8(Node node, int expectedChars) {
        if (!handles(node)) {
            return node.outerHtml().getBytes(StandardCharsets.UTF_8);
        }
        HtmlOut writer = new HtmlOut(Math.max(expectedChars, 256));
        try {
            boolean written = node instanceof Document document ? writer.children(document) : writer.tree(node);
            return written ? writer.out.utf8() : node.outerHtml().getBytes(StandardCharsets.UTF_8);
        } finally {
            writer.done();
        }
    }

    /** The HTML of {@code element}'s children, as {@link Element#html()} writes it. */
    public static String innerHtml(Element element) {
        if (!handles(element)) {
            return element.html();
        }
        HtmlOut writer = new HtmlOut(4096);
        try {
            return writer.children(element) ? writer.written() : element.html();
        } finally {
            writer.done();
        }
    }

    /** Whether the settings Jsoup would write {@code node} with are the ones written here. */
    private static boolean handles(Node node) {
        Document owner = node.ownerDocument();
        if (owner == null) {
            return false; // a node outside a document is written with a new document's settings, which pretty-print
        }
        Document.OutputSettings settings = owner.outputSettings();
        return settings.syntax() == Document.OutputSettings.Syntax.html && !settings.prettyPrint()
                && !settings.outline() && settings.escapeMode() == Entities.EscapeMode.base
                && StandardCharsets.UTF_8.equals(settings.charset());
    }

    /** Writes each child of {@code parent} (none for a void element); false if one is not known. */
    private boolean children(Element parent) {
        if (isVoid(parent)) {
            return true;
        }
        for (int i = 0; i < parent.childNodeSize(); i++) {
            if (!tree(parent.childNode(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Writes {@code root} and everything under it, walking down and up without recursion (the depth
     * of a tree is not bounded); false, with the output unfinished, at a node of a class not known.
     */
    private boolean tree(Node root) {
        OpenPath path = new OpenPath();
        Node node = root;
        while (true) {
            if (!known(node)) {
                return false;
            }
            if (node instanceof Element element && head(element)) {
                path.enter(element);
            } else if (!(node instanceof Element)) {
                leaf(node);
            }
            node = null;
            while (node == null && path.depth() > 0) {
                node = path.nextChild();
                if (node == null) {
                    put("</").put(path.leave().tagName()).put('>');
                }
            }
            if (node == null) {
                return true;
            }
        }
    }

    private static boolean known(Node node) {
        Class<?> type = node.getClass();
        return type == Element.class || type == TextNode.class || type == DataNode.class
                || type == Comment.class || type == FormElement.class || type == DocumentType.class
                || type == CDataNode.class || type == XmlDeclaration.class;
    }

    /** Writes a leaf node of a known class. */
    private void leaf(Node node) {
        if (node instanceof TextNode text && node.getClass() == TextNode.class) {
            escape(text.getWholeText(), false);
        } else if (node instanceof DataNode data) {
            put(data.getWholeData()); // script and style: as they are
        } else if (node instanceof Comment comment) {
            put("<!--").put(comment.getData()).put("-->");
        } else {
            put(node.outerHtml()); // doctype, CDATA, XML declaration: once a page at most
        }
    }

    /**
     * Writes {@code element}'s start tag, or the whole element if it has nothing inside to write;
     * true if its children are to be written next (then its end tag after them).
     */
    private boolean head(Element element) {
        Tag tag = element.tag();
        String name = element.tagName();
        boolean html = tag.namespace().equals(Parser.NamespaceHtml);
        boolean isVoid = html && tag.isEmpty();
        put('<').put(name);
        if (element.attributesSize() > 0) {
            attributes(element.attributes());
        }
        if (element.childNodeSize() > 0 && !isVoid) {
            put('>');
            initialNewline(element);
            return true;
        }
        if (!html && (tag.is(Tag.SeenSelfClose) || tag.isKnownTag() && tag.isSelfClosing())) {
            put(" />");
        } else if (isVoid) {
            put('>'); // and a void element's children, if any, are not written
        } else {
            put("></").put(name).put('>');
        }
        return false;
    }

    private static boolean isVoid(Element element) {
        return element.tag().isEmpty() && element.tag().namespace().equals(Parser.NamespaceHtml);
    }

    /** A parser drops a newline just after {@code <pre>}: Jsoup writes one more to keep a first one. */
    private void initialNewline(Element element) {
        String name = element.normalName();
        if ((name.equals(INITIAL_NEWLINE[0]) || name.equals(INITIAL_NEWLINE[1]) || name.equals(INITIAL_NEWLINE[2]))
                && element.tag().namespace().equals(Parser.NamespaceHtml) && element.firstChild() instanceof TextNode text) {
            String value = text.getWholeText();
            if (value.startsWith("\n") || value.startsWith("\r")) {
                put('\n');
            }
        }
    }

    /**
     * Writes the attributes, each as {@code  name="value"} or, for a boolean attribute without a
     * value of its own, as {@code  name}. Names are read through Jsoup's iterator, which trims
     * them (and refuses an empty one): if one is not a valid HTML name as read, is not stored as
     * read, or comes twice, Jsoup writes them all instead (it renames invalid ones, keeping them apart).
     */
    private void attributes(Attributes attributes) {
        int start = out.length();
        boolean plain;
        try {
            plain = plainAttributes(attributes);
        } catch (ValidationException emptyName) {
            plain = false;
        }
        if (!plain) {
            out.truncate(start);
            put(attributes.html());
        }
    }

    private boolean plainAttributes(Attributes attributes) {
        int count = 0;
        for (Attribute attribute : attributes) {
            String name = attribute.getKey();
            if (!validName(name) || !attributes.hasKey(name) || seen(name, count)) {
                return false;
            }
            names[count++] = name;
            put(' ').put(name);
            String value = attribute.hasDeclaredValue() ? attribute.getValue() : null;
            if (value != null && !((value.isEmpty() || equalsIgnoreAsciiCase(value, name))
                    && Attribute.isBooleanAttribute(name))) {
                put("=\"");
                escape(value, true);
                put('"');
            }
        }
        return true;
    }

    private boolean seen(String name, int count) {
        if (count == names.length) {
            names = Arrays.copyOf(names, count * 2);
        }
        for (int i = 0; i < count; i++) {
            if (names[i].equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** Jsoup's test of an HTML attribute name: no control characters, space, quotes, slash or equals. */
    private static boolean validName(String name) {
        if (name.isEmpty()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c <= 0x1f || c >= 0x7f && c <= 0x9f || c == ' ' || c == '"' || c == '\'' || c == '/' || c == '=') {
                return false;
            }
        }
        return true;
    }

    private static boolean equalsIgnoreAsciiCase(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        for (int i = 0; i < a.length(); i++) {
            if (asciiLower(a.charAt(i)) != asciiLower(b.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static char asciiLower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    /**
     * Writes text or an attribute value escaped as Jsoup does: {@code & < >} and the no-break space
     * always, {@code "} in attribute values; a lone surrogate or a control character other than tab,
     * newline and carriage return by Jsoup itself; everything else as it is, copied in runs.
     */
    private void escape(String value, boolean attribute) {
        int length = value.length();
        if (length > text.length) {
            text = new char[Math.max(length, text.length * 2)];
        }
        char[] chars = text;
        value.getChars(0, length, chars, 0);
        int run = 0;
        for (int i = 0; i < length; i++) {
            char c = chars[i];
            String entity;
            if (c >= 0x3f && c < 0xa0 || c >= 0xa1 && c < 0xd800 || c > 0xdfff) {
                continue; // the common case: nothing to escape
            } else if (c == '&') {
                entity = "&amp;";
            } else if (c == '<') {
                entity = "&lt;";
            } else if (c == '>') {
                entity = "&gt;";
            } else if (c == '"' && attribute) {
                entity = "&quot;";
            } else if (c == '\u00a0') {
                entity = "&nbsp;";
            } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(chars[i + 1])) {
                i++; // a pair: one code point beyond the BMP, written as it is
                continue;
            } else if (c >= ' ' && !Character.isSurrogate(c) || c == '\t' || c == '\n' || c == '\r') {
                continue;
            } else {
                entity = Entities.escape(String.valueOf(c), DEFAULTS); // lone surrogate, control character
            }
            put(chars, run, i).put(entity);
            run = i + 1;
        }
        put(chars, run, length);
    }

    private HtmlOut put(char c) {
        out.write(c);
        return this;
    }

    private HtmlOut put(String s) {
        out.write(s, 0, s.length());
        return this;
    }

    private HtmlOut put(char[] chars, int start, int end) {
        out.write(chars, start, end - start);
        return this;
    }

    private String written() {
        return out.toString();
    }
}
