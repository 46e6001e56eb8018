package org.studyguide.render;

import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Parses a chapter page's template output without parsing its body a second time: the body's HTML,
 * found once in the output, is swapped for a placeholder element before the parse, and the body's
 * tree (which {@link ChapterViews} made of it, with the margin notes) takes the placeholder's place
 * after it, so that the page comes out as if parsed whole. Whenever that cannot be told, the output
 * is parsed as it is: when the body's HTML is not in it exactly once (a template that leaves it out,
 * writes it twice or changes it), or the placeholder does not come out as one element among plain
 * block containers (a template that writes the body into an attribute, a script, a paragraph or a
 * table, where the HTML parser would treat the body's tags otherwise than at the top of a page).
 */
final class BodyInsert {
    private static final String TAG = "studyguide-chapter-body";
    private static final String PLACEHOLDER = "<" + TAG + "></" + TAG + ">";
    /** Where a body parses as it does on its own: containers that no start or end tag of it closes or reopens. */
    private static final Set<String> PLAIN = Set.of("html", "body", "main", "article", "section", "div", "header",
            "footer", "aside", "nav");

    private BodyInsert() {
    }

    /**
     * The parsed page of {@code html}, a chapter's template output, in which {@code bodyHtml} is
     * written out from {@code body}; the body's nodes are moved into the page (so it can go into one page only).
     */
    static Document parse(String html, String bodyHtml, Element body) {
        int at = bodyHtml.isEmpty() ? -1 : html.indexOf(bodyHtml);
        if (at < 0 || html.indexOf(bodyHtml, at + 1) >= 0) {
            return PagePasses.parse(html);
        }
        String withPlaceholder = html.substring(0, at) + PLACEHOLDER + html.substring(at + bodyHtml.length());
        Document page = PagePasses.parse(withPlaceholder);
        Element placeholder = placeholder(page);
        if (placeholder == null || !inPlainContainers(placeholder)) {
            return PagePasses.parse(html);
        }
        Element parent = placeholder.parent();
        joinTexts(body, true);
        parent.insertChildren(placeholder.siblingIndex(), body.childNodes());
        placeholder.remove();
        joinTexts(parent, false);
        return page;
    }

    /**
     * The one placeholder element in {@code page}, or null when there is none or more than one (a
     * template may write an element of its name itself). Looked for among the elements, not in the
     * page's text: the tree holds the template's own elements only, far fewer than the text's characters.
     */
    private static Element placeholder(Document page) {
        List<Element> found = page.getElementsByTag(TAG);
        return found.size() == 1 ? found.get(0) : null;
    }

    private static boolean inPlainContainers(Element placeholder) {
        for (Element e = placeholder.parent(); e != null && !(e instanceof Document); e = e.parent()) {
            if (!PLAIN.contains(e.normalName())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Joins neighbouring texts and drops empty ones among {@code element}'s children (and, when
     * {@code deep}, its descendants'), as they would come out of parsing its HTML: the margin notes'
     * copies and the page around the body leave texts side by side that the parser reads as one.
     */
    private static void joinTexts(Element element, boolean deep) {
        Node previous = null;
        int i = 0;
        while (i < element.childNodeSize()) {
            Node child = element.childNode(i);
            if (child.getClass() == TextNode.class) {
                TextNode text = (TextNode) child;
                if (text.getWholeText().isEmpty()) {
                    text.remove();
                    continue;
                }
                if (previous != null && previous.getClass() == TextNode.class) {
                    ((TextNode) previous).text(((TextNode) previous).getWholeText() + text.getWholeText());
                    text.remove();
                    continue;
                }
            } else if (deep && child instanceof Element inner) {
                joinTexts(inner, true);
            }
            previous = child;
            i++;
        }
    }
}
