package org.studyguide.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Tag;

/**
 * The stack of open elements while {@link WellFormedHtml} builds a tree, and the rules on which
 * start tags the HTML parser would simply nest in its current element: it keeps count of the open
 * elements those rules ask about, so that each start tag is judged without walking the stack.
 */
final class OpenElements {
    /** An element that simply nests in a body. */
    static final int NESTS = 1;
    /** A void element that simply takes its place in a body. */
    static final int VOID = 2;
    /** What may open inside a {@code p} without closing it (as may unknown elements). */
    static final int PHRASING = 4;
    /** What a head may hold here (base, title: in a head only). */
    static final int IN_HEAD = 8;
    /** Raw text (scripts, styles) or RCDATA (titles) up to the end tag. */
    static final int RAW = 16;
    /** The parser treats it specially although Jsoup's tag set does not know it: declined. */
    static final int DECLINED = 32;

    private static final Map<String, Integer> KINDS = new HashMap<>();

    static {
        kind(NESTS, "address", "article", "aside", "blockquote", "center", "details", "dir", "div", "dl",
                "fieldset", "figcaption", "figure", "footer", "header", "hgroup", "main", "menu", "nav", "ol", "p",
                "section", "summary", "ul", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dd", "dt", "output", "progress",
                "meter", "legend", "audio", "video", "canvas", "map");
        kind(NESTS | PHRASING, "a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong",
                "tt", "u", "span", "abbr", "acronym", "bdi", "bdo", "cite", "data", "del", "dfn", "ins", "kbd", "label",
                "mark", "q", "samp", "sub", "sup", "time", "var", "button");
        kind(NESTS | PHRASING | IN_HEAD | RAW, "script", "style");
        kind(VOID | PHRASING, "br", "img", "wbr");
        kind(VOID, "area", "embed", "hr", "input", "param", "source", "track");
        kind(VOID | IN_HEAD, "meta", "link");
        kind(IN_HEAD | RAW, "title");
        kind(IN_HEAD, "base");
        kind(DECLINED, "image", "isindex", "noembed", "xmp", "math", "svg", "rb", "rtc", "dialog", "search",
                "listing", "plaintext", "template", "frameset", "noscript", "select", "menuitem", "keygen");
    }

    private static void kind(int kind, String... names) {
        for (String name : names) {
            KINDS.put(name, kind);
        }
    }

    /** The kind of a known element, 0 for one that is not known here; -1 for one declined. */
    static int kindOf(String name) {
        Integer kind = KINDS.get(name);
        if (kind != null) {
            return kind == DECLINED ? -1 : kind;
        }
        return Tag.isKnownTag(name) ? -1 : 0;
    }

    private final List<Element> elements = new ArrayList<>();
    private final List<String> names = new ArrayList<>();
    /** The open lists and list items, innermost last: an item of a kind open above its list would be closed. */
    private final List<String> lists = new ArrayList<>();
    private int paragraphs;
    private int headings;
    private int links;
    private int buttons;
    private int nobrs;

    int size() {
        return elements.size();
    }

    Element current() {
        return elements.get(elements.size() - 1);
    }

    String currentName() {
        return names.get(names.size() - 1);
    }

    void push(Element element, String name) {
        elements.add(element);
        names.add(name);
        count(name, 1);
    }

    void pop() {
        elements.remove(elements.size() - 1);
        count(names.remove(names.size() - 1), -1);
    }

    private void count(String name, int by) {
        switch (name) {
            case "p" -> paragraphs += by;
            case "h1", "h2", "h3", "h4", "h5", "h6" -> headings += by;
            case "a" -> links += by;
            case "button" -> buttons += by;
            case "nobr" -> nobrs += by;
            case "li", "dd", "dt", "ul", "ol", "dl", "menu", "dir" -> {
                if (by > 0) {
                    lists.add(name);
                } else {
                    lists.remove(lists.size() - 1);
                }
            }
            default -> {
            }
        }
    }

    /**
     * Whether the parser would simply put an element {@code name} of {@code kind} (see {@link #kindOf})
     * in the current one, given what is open: no block in a {@code p}, no list item, heading, link,
     * button or {@code nobr} in one of its own kind.
     */
    boolean mayOpen(String name, int kind) {
        if (kind < 0 || kind != 0 && (kind & (NESTS | VOID)) == 0) {
            return false;
        }
        if (paragraphs > 0 && kind != 0 && (kind & PHRASING) == 0) {
            return false;
        }
        String list = lists.isEmpty() ? "" : lists.get(lists.size() - 1);
        return switch (name) {
            case "h1", "h2", "h3", "h4", "h5", "h6" -> headings == 0;
            case "a" -> links == 0;
            case "button" -> buttons == 0;
            case "nobr" -> nobrs == 0;
            case "li" -> !list.equals("li");
            case "dd", "dt" -> !list.equals("dd") && !list.equals("dt");
            default -> true;
        };
    }
}
