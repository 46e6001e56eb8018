package org.studyguide.html;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.CDataNode;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.nodes.XmlDeclaration;
import org.jsoup.parser.ParseSettings;
import org.jsoup.parser.Parser;
import org.jsoup.parser.Tag;

/**
 * Random trees for comparing {@link HtmlOut} with Jsoup: built node by node through Jsoup's API, or
 * parsed from random markup, from pieces chosen to reach every case the writer tells apart.
 */
final class RandomTrees {
    private static final List<String> HTML_TAGS = List.of("p", "div", "span", "a", "em", "br", "img", "input",
            "hr", "meta", "link", "wbr", "col", "source", "script", "style", "textarea", "title", "pre",
            "listing", "table", "td", "option", "template", "noscript", "iframe", "xmp", "custom-tag", "FooBar");
    private static final List<String> SVG_TAGS = List.of("svg", "foreignObject", "clipPath", "linearGradient",
            "path", "circle", "use", "text", "title", "textPath", "feGaussianBlur");
    private static final List<String> MATH_TAGS = List.of("math", "mi", "mo", "mrow", "annotation-xml", "mglyph");
    private static final List<String> ATTRIBUTE_NAMES = List.of("id", "class", "href", "title", "data-x", "lang",
            "checked", "CHECKED", "Disabled", "hidden", "open", "selected", "async", "viewBox", "xlink:href",
            "xmlns:xlink", "a b", "a_b", "x=y", "x_y", "\"q", "'q", "/", "/internal", "é", "a\u0085b", "a\u007fb",
            "on-click", "\tlead", "lead", "trail ", "trail", " spaced ", "spaced", "_", "__", "a\u0000b", "Ñ", "k\u212a");
    private static final List<String> PIECES = List.of("a", "Z", " ", "  ", "\t", "\n", "\r", "\r\n", "&", "&amp;",
            "<", ">", "\"", "'", "\u00a0", "\u00a0\u00a0", "é", "—", "\u2028", "\ud83d\ude00", "\ud800", "\udc00",
            "\udc00\ud800", "\u0000", "\u0001", "\u001f", "\u007f", "\u0085", "\u009f", "\ufeff", "\uffff",
            "--", "-->", "<!--", "]]>", "</script>", "</style>", "<b>", "&nbsp;", "&lt;", "=", "/", "?",
            "checked", "CHECKED", "x", "\u212a", "\f", "\u000b");

    private final Random random;

    RandomTrees(long seed) {
        random = new Random(seed);
    }

    /** A document as the pages' settings write it (not pretty-printed, UTF-8), built through the API. */
    Document built() {
        Document document = new Document("");
        document.outputSettings().prettyPrint(false).charset(StandardCharsets.UTF_8);
        if (random.nextInt(3) == 0) {
            document.appendChild(new DocumentType("html", random.nextBoolean() ? "" : "-//W3C//DTD", ""));
        }
        Element root = document.appendElement("html");
        fill(root, 0);
        return document;
    }

    /** A document parsed from random markup, with the pages' settings. */
    Document parsed() {
        StringBuilder html = new StringBuilder();
        for (int i = random.nextInt(40); i > 0; i--) {
            switch (random.nextInt(6)) {
                case 0 -> html.append('<').append(pick(random.nextBoolean() ? HTML_TAGS : SVG_TAGS));
                case 1 -> html.append(' ').append(pick(ATTRIBUTE_NAMES)).append(random.nextBoolean() ? "=\"" : "=");
                case 2 -> html.append(random.nextBoolean() ? "/>" : ">");
                case 3 -> html.append("</").append(pick(HTML_TAGS)).append('>');
                default -> html.append(text());
            }
        }
        Document document = Jsoup.parse(html.toString());
        document.outputSettings().prettyPrint(false).charset(StandardCharsets.UTF_8);
        return document;
    }

    private void fill(Element parent, int depth) {
        int children = depth > 6 ? 0 : random.nextInt(depth < 2 ? 6 : 4);
        for (int i = 0; i < children; i++) {
            Node child = node(parent, depth);
            parent.appendChild(child);
            if (child instanceof Element element) {
                fill(element, depth + 1);
            }
        }
    }

    private Node node(Element parent, int depth) {
        int kind = random.nextInt(12);
        return switch (kind) {
            case 0, 1, 2 -> new TextNode(text());
            case 3 -> new DataNode(text());
            case 4 -> new Comment(text());
            case 5 -> random.nextInt(4) == 0 ? new CDataNode(text()) : new TextNode(random.nextBoolean() ? "" : " \n ");
            case 6 -> random.nextInt(8) == 0 ? new XmlDeclaration("xml", random.nextBoolean()) : new TextNode(text());
            default -> element();
        };
    }

    private Element element() {
        int space = random.nextInt(6);
        String namespace = space == 0 ? Parser.NamespaceSvg : space == 1 ? Parser.NamespaceMathml : Parser.NamespaceHtml;
        String name = pick(space == 0 ? SVG_TAGS : space == 1 ? MATH_TAGS : HTML_TAGS);
        // A tag of its own when changed, so that the shared tag set stays as Jsoup made it.
        Tag tag = random.nextInt(8) == 0 ? new Tag(name, namespace).set(Tag.SeenSelfClose)
                : Tag.valueOf(name, namespace, space < 2 ? ParseSettings.preserveCase : ParseSettings.htmlDefault);
        Element element = new Element(tag, "");
        for (int i = random.nextInt(4); i > 0; i--) {
            String key = pick(ATTRIBUTE_NAMES);
            switch (random.nextInt(5)) {
                case 0 -> element.attributes().put(key, true);
                case 1 -> element.attributes().put(key, "");
                case 2 -> element.attributes().put(key, random.nextBoolean() ? key : key.toUpperCase());
                default -> element.attributes().put(key, text());
            }
        }
        return element;
    }

    private String text() {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(8); i > 0; i--) {
            text.append(pick(PIECES));
        }
        return text.toString();
    }

    private String pick(List<String> from) {
        return from.get(random.nextInt(from.size()));
    }
}
