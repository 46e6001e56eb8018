package org.studyguide.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
 * heading, link, button or {@code nobr} inside its own kind, and none of the elements the
 * HTML parser treats specially (tables, forms and their fields, {@code pre}, {@code template}, SVG, MathML
 * and the like). Lower-case names, quoted or bare attributes given once, comments, raw text in
 * scripts and styles, RCDATA in titles; character references decoded by Jsoup's own
 * {@link Parser#unescapeEntities}; no carriage return or NUL. Nodes are Jsoup's own, with the tags
 * of Jsoup's HTML tag set, so serialising and selecting behave as after Jsoup's parse; the
 * differential tests compare the two on every page of the guides and on fuzzed variants.
 */
public final class WellFormedHtml {
    /** Known elements that simply nest in a body (besides the special cases handled below). */
    private static final Set<String> NESTING = Set.of("address", "article", "aside", "blockquote", "center",
            "details", "dir", "div", "dl", "fieldset", "figcaption", "figure", "footer", "header", "hgroup", "main",
            "menu", "nav", "ol", "p", "section", "summary", "ul", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dd", "dt",
            "a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u", "span",
            "abbr", "acronym", "bdi", "bdo", "cite", "data", "del", "dfn", "ins", "kbd", "label", "mark", "q", "samp",
            "sub", "sup", "time", "var", "output", "progress", "meter", "legend", "audio", "video", "canvas", "map",
            "button", "script", "style");
    /** What may open inside a {@code p} without closing it (unknown elements may, too). */
    private static final Set<String> PHRASING = Set.of("a", "b", "big", "code", "em", "font", "i", "nobr", "s",
            "small", "strike", "strong", "tt", "u", "span", "abbr", "acronym", "bdi", "bdo", "cite", "data", "del",
            "dfn", "ins", "kbd", "label", "mark", "q", "samp", "sub", "sup", "time", "var", "br", "img", "wbr",
            "script", "style", "button");
    /** Void elements that simply take their place in a body. */
    private static final Set<String> VOID = Set.of("area", "br", "embed", "hr", "img", "input", "link", "meta",
            "param", "source", "track", "wbr");
    /** What a head may hold here. */
    private static final Set<String> HEAD = Set.of("meta", "link", "base", "title", "style", "script");
    /** Names the HTML parser treats specially although Jsoup's tag set does not know them. */
    private static final Set<String> SPECIAL_UNKNOWN = Set.of("image", "isindex", "noembed", "xmp", "math", "svg",
            "rb", "rtc", "dialog", "search", "listing", "plaintext", "template", "frameset", "noscript", "select",
            "menuitem", "keygen");
    /** Elements whose own kind may not open inside them (an open one is closed first by the parser). */
    private static final Set<String> NOT_IN_OWN_KIND = Set.of("a", "button", "nobr", "li", "dd", "dt",
            "h1", "h2", "h3", "h4", "h5", "h6");
    /** Where the search for an open list item of the same kind stops. */
    private static final Set<String> LIST_SCOPE = Set.of("ul", "ol", "dl", "menu", "dir");

    private final TagScanner in;
    private final Parser parser = Parser.htmlParser();
    private final TagSet tags = parser.tagSet();
    private final List<Element> open = new ArrayList<>();

    private WellFormedHtml(String html) {
        this.in = new TagScanner(html);
    }

    /** The document {@code Jsoup.parse(html)} would give, or null when {@code html} is not in the subset. */
    public static Document document(String html) {
        return suitable(html) ? new WellFormedHtml(html).document() : null;
    }

    /** The document {@code Jsoup.parseBodyFragment(html)} would give, or null when not in the subset. */
    public static Document bodyFragment(String html) {
        if (!suitable(html)) {
            return null;
        }
        Document shell = Document.createShell("");
        WellFormedHtml builder = new WellFormedHtml(html);
        Element root = new Element(builder.tag("html"), null);
        builder.open.add(root);
        if (!builder.body() || !builder.in.atEnd() || builder.open.size() != 1) {
            return null;
        }
        shell.body().appendChildren(root.childNodes());
        return shell;
    }

    private static boolean suitable(String html) {
        return html.indexOf('\r') < 0 && html.indexOf('\0') < 0;
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

    /** Reads the given start tag, without attributes other than quoted ones, and appends its element to {@code parent}. */
    private Element startTag(Element parent, String name) {
        if (!in.atStartTag() || !name.equals(in.name(1))) {
            return null;
        }
        Attributes attributes = in.attributes();
        if (attributes == null || in.selfClosed()) {
            return null;
        }
        Element element = new Element(tag(name), null, attributes);
        parent.appendChild(element);
        open.add(element);
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
            int at = in.position();
            String name = in.name(1);
            if (name == null || !HEAD.contains(name) || !element(name, at)) {
                return false;
            }
        }
        return false;
    }

    /** A body's content, up to its end tag or the end of the input. */
    private boolean body() {
        while (!in.atEnd()) {
            Element current = open.get(open.size() - 1);
            if (!in.startsWith("<")) {
                appendText(current, in.text());
            } else if (in.startsWith("<!--")) {
                String data = in.comment();
                if (data == null) {
                    return false;
                }
                current.appendChild(new Comment(data));
            } else if (in.atEndTag()) {
                if (current.nameIs("body")) {
                    return true;
                }
                if (open.size() == 1 || !endTag(current.normalName())) {
                    return false;
                }
            } else if (in.atStartTag()) {
                int at = in.position();
                String name = in.name(1);
                if (name == null || !mayOpen(name) || !element(name, at)) {
                    return false;
                }
            } else {
                return false;
            }
        }
        return true;
    }

    /** Whether the parser puts a {@code name} start tag in the current element, given what is open. */
    private boolean mayOpen(String name) {
        boolean known = NESTING.contains(name) || VOID.contains(name);
        if (!known && (Tag.isKnownTag(name) || SPECIAL_UNKNOWN.contains(name))) {
            return false;
        }
        boolean phrasing = !known || PHRASING.contains(name);
        boolean listItem = isListItem(name);
        boolean inListScope = false;
        for (int i = open.size() - 1; i > 0; i--) {
            String outer = open.get(i).normalName();
            if (outer.equals("p") && !phrasing) {
                return false;
            }
            if (listItem && LIST_SCOPE.contains(outer)) {
                inListScope = true;
            }
            if (NOT_IN_OWN_KIND.contains(name) && !inListScope && sameKind(name, outer)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isListItem(String name) {
        return name.equals("li") || name.equals("dd") || name.equals("dt");
    }

    private static boolean sameKind(String name, String outer) {
        return name.equals(outer) || isHeading(name) && isHeading(outer)
                || (name.equals("dd") || name.equals("dt")) && (outer.equals("dd") || outer.equals("dt"));
    }

    private static boolean isHeading(String name) {
        return name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '1' && name.charAt(1) <= '6';
    }

    /** Reads the rest of a start tag whose name was read (from {@code at}), and its content when raw text. */
    private boolean element(String name, int at) {
        Attributes attributes = in.attributes();
        if (attributes == null) {
            return false;
        }
        boolean isVoid = VOID.contains(name) || name.equals("base");
        if (in.selfClosed() && !isVoid) {
            return false;
        }
        Tag tag = tag(name);
        Element element = new Element(tag, null, attributes);
        if (in.selfClosed()) {
            tag.set(Tag.SeenSelfClose);
        }
        open.get(open.size() - 1).appendChild(element);
        if (isVoid) {
            return true;
        }
        if (name.equals("script") || name.equals("style") || name.equals("title")) {
            String raw = in.rawText(name);
            if (raw == null) {
                return false;
            }
            if (!raw.isEmpty()) {
                element.appendChild(name.equals("title")
                        ? new TextNode(raw.indexOf('&') < 0 ? raw : Parser.unescapeEntities(raw, false))
                        : new DataNode(raw));
            }
            return true;
        }
        open.add(element);
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
        Element current = open.get(open.size() - 1);
        if (!current.normalName().equals(name) || VOID.contains(name)) {
            return false;
        }
        open.remove(open.size() - 1);
        return true;
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
