package org.studyguide.html;

import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.parser.Tag;
import org.jsoup.parser.TagSet;

/**
 * Builds the tree {@code Jsoup.parse} (or {@code Jsoup.parseBodyFragment}) would build, fast, for
 * the HTML this generator writes itself, and answers null for any other, so that the caller lets
 * Jsoup parse it. It exists because every page's template output and every chapter body Flexmark
 * made is parsed, and Jsoup's full HTML5 tree construction took about a fifth of a cold build's
 * CPU (0.5-0.8 ms for an 18 KB chapter page), while this HTML is almost always well formed: every
 * element closed in order, where tree construction does nothing but nest what it reads.
 *
 * <p>The subset taken: a document of doctype (or none), {@code html}, {@code head} with only
 * {@code meta}, {@code link}, {@code base}, {@code title}, {@code style} and {@code script}, then
 * {@code body}; or a body fragment. In the body, elements that simply nest: each end tag closes
 * the current element, nothing is left open, no block opens inside a {@code p}, no list item,
 * heading, link, button or {@code nobr} inside its own kind, and none of the elements the HTML
 * parser treats specially (tables, forms and their fields, {@code pre}, {@code template}, SVG,
 * MathML and the like). Lower-case names, quoted or bare attributes given once, comments, raw text
 * in scripts and styles, RCDATA in titles; character references decoded as Jsoup decodes them
 * ({@link CharacterReferences}); no carriage return or NUL. Nodes are Jsoup's own, with the tags
 * of Jsoup's HTML tag set, so serialising and selecting behave as after Jsoup's parse; the
 * differential tests compare the two on every page of the guides and on fuzzed variants. With
 * this, a chapter page and its body parse 2-2.5 times faster (bench/ParseTimes.java).
 */
public final class WellFormedHtml {
    private final TagScanner in;
    private final Parser parser = Parser.htmlParser();
    private final TagSet tags = parser.tagSet();
    private final OpenElements open = new OpenElements();

    private WellFormedHtml(String html) {
        this.in = new TagScanner(html);
    }

    /** The document {@code Jsoup.parse(html)} would give, or null when {@code html} is not in the subset. */
    public static Document document(String html) {
        WellFormedHtml builder = new WellFormedHtml(html);
        try {
            return builder.in.plainCharacters() ? builder.document() : null;
        } finally {
            builder.in.release();
        }
    }

    /** The document {@code Jsoup.parseBodyFragment(html)} would give, or null when not in the subset. */
    public static Document bodyFragment(String html) {
        WellFormedHtml builder = new WellFormedHtml(html);
        try {
            return builder.bodyFragment();
        } finally {
            builder.in.release();
        }
    }

    private Document bodyFragment() {
        if (!in.plainCharacters()) {
            return null;
        }
        Document shell = Document.createShell("");
        Element root = new Element(tag("html"), null);
        open.push(root, "html");
        if (!body() || !in.atEnd() || open.size() != 1) {
            return null;
        }
        shell.body().appendChildren(root.childNodes());
        return shell;
    }

    private Document document() {
        Document doc = new Document(Parser.NamespaceHtml, "");
        doc.parser(parser);
        if (!skipSpaceAndComments(doc)) {
            return null;
        }
        if (in.doctype()) {
            doc.appendChild(new DocumentType("html", "", ""));
            if (!spaceAndComments(doc)) {
                return null;
            }
        } else {
            doc.quirksMode(Document.QuirksMode.quirks);
        }
        Element html = startTag(doc, "html");
        if (html == null || !spaceAndComments(html)) {
            return null;
        }
        Element head = startTag(html, "head");
        if (head == null || !head(head) || !spaceAndComments(html)) {
            return null;
        }
        Element body = startTag(html, "body");
        if (body == null || !body() || open.size() != 2) {
            return null;
        }
        if (in.atEnd()) {
            return doc;
        }
        if (!closingTag("body") || !spaceAndComments(html)) {
            return null;
        }
        if (!in.atEnd() && (!closingTag("html") || !spaceAndComments(doc))) {
            return null;
        }
        return in.atEnd() ? doc : null;
    }

    /** Reads the start tag of {@code name} (not self-closed), appending its element to {@code parent}. */
    private Element startTag(Element parent, String name) {
        if (!in.atStartTag() || !name.equals(in.name(1))) {
            return null;
        }
        Attributes attributes = in.attributes();
        if (attributes == null || in.selfClosed()) {
            return null;
        }
        Element element = newElement(tag(name), attributes);
        parent.appendChild(element);
        open.push(element, name);
        return element;
    }

    /** Skips white space (which the parser drops here) and appends comments to {@code parent}. */
    private boolean skipSpaceAndComments(Element parent) {
        return spaceAndComments(parent, false);
    }

    /** Appends white space and comments to {@code parent} until the next tag. */
    private boolean spaceAndComments(Element parent) {
        return spaceAndComments(parent, true);
    }

    private boolean spaceAndComments(Element parent, boolean keepSpace) {
        while (!in.atEnd()) {
            if (in.startsWith("<!--")) {
                String data = in.comment();
                if (data == null) {
                    return false;
                }
                parent.appendChild(new Comment(data));
            } else if (in.startsWith("<")) {
                return true;
            } else {
                String text = in.text();
                if (!TagScanner.isBlank(text)) {
                    return false;
                }
                if (keepSpace) {
                    appendText(parent, text);
                }
            }
        }
        return true;
    }

    /** The head's content through its end tag. */
    private boolean head(Element head) {
        while (spaceAndComments(head) && !in.atEnd()) {
            if (in.atEndTag()) {
                return endTag("head");
            }
            if (!in.atStartTag()) {
                return false;
            }
            String name = in.name(1);
            if (name == null || !inHead(OpenElements.kindOf(name)) || !element(name)) {
                return false;
            }
        }
        return false;
    }

    private static boolean inHead(int kind) {
        return kind > 0 && (kind & OpenElements.IN_HEAD) != 0;
    }

    /** A body's content, up to its end tag or the end of the input. */
    private boolean body() {
        while (!in.atEnd()) {
            Element current = open.current();
            if (!in.startsWith("<")) {
                appendText(current, in.text());
            } else if (in.startsWith("<!--")) {
                String data = in.comment();
                if (data == null) {
                    return false;
                }
                current.appendChild(new Comment(data));
            } else if (in.atEndTag()) {
                if (open.currentName().equals("body")) {
                    return true;
                }
                if (open.size() == 1 || !endTag(open.currentName())) {
                    return false;
                }
            } else if (in.atStartTag()) {
                String name = in.name(1);
                if (name == null || !open.mayOpen(name, OpenElements.kindOf(name)) || !element(name)) {
                    return false;
                }
            } else {
                return false;
            }
        }
        return true;
    }

    /** Reads the rest of a start tag whose name was read, and its content when raw text. */
    private boolean element(String name) {
        Attributes attributes = in.attributes();
        if (attributes == null) {
            return false;
        }
        int kind = OpenElements.kindOf(name);
        boolean isVoid = (kind & OpenElements.VOID) != 0 || name.equals("base");
        if (in.selfClosed() && !isVoid) {
            return false;
        }
        Tag tag = tag(name);
        Element element = newElement(tag, attributes);
        if (in.selfClosed()) {
            tag.set(Tag.SeenSelfClose);
        }
        open.current().appendChild(element);
        if (isVoid) {
            return true;
        }
        if ((kind & OpenElements.RAW) != 0) {
            String raw = in.rawText(name);
            if (raw == null) {
                return false;
            }
            if (!raw.isEmpty()) {
                element.appendChild(name.equals("title")
                        ? new TextNode(CharacterReferences.decode(raw, false))
                        : new DataNode(raw));
            }
            return true;
        }
        open.push(element, name);
        return true;
    }

    /** Reads the end tag of {@code name} (of body or html, which the parser leaves open). */
    private boolean closingTag(String name) {
        return in.atEndTag() && name.equals(in.name(2)) && in.endTagClose();
    }

    /** Reads the end tag of {@code name}, closing the current element, which must be one. */
    private boolean endTag(String name) {
        if (!in.atEndTag() || !name.equals(in.name(2)) || !in.endTagClose()) {
            return false;
        }
        if (!open.currentName().equals(name)) {
            return false;
        }
        open.pop();
        return true;
    }

    /** A new element; as after Jsoup's parse, one without attributes has none allocated. */
    private static Element newElement(Tag tag, Attributes attributes) {
        return attributes == TagScanner.NONE ? new Element(tag, null) : new Element(tag, null, attributes);
    }

    private Tag tag(String name) {
        return tags.valueOf(name, Parser.NamespaceHtml);
    }

    /** Appends text as the parser does: to the last text node if the parent ends with one. */
    private static void appendText(Element parent, String text) {
        if (text.isEmpty()) {
            return;
        }
        Node last = parent.childNodeSize() == 0 ? null : parent.childNode(parent.childNodeSize() - 1);
        if (last != null && last.getClass() == TextNode.class) {
            ((TextNode) last).text(((TextNode) last).getWholeText() + text);
        } else {
            parent.appendChild(new TextNode(text));
        }
    }
}
