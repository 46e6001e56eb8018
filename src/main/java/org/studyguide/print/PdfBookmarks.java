package org.studyguide.print;

import java.util.List;
import org.jsoup.nodes.Element;

/**
 * The PDF outline, written as the {@code <bookmarks>} element that openhtmltopdf reads from the
 * head: one bookmark per chapter with its sections below it, and the appendix with its parts.
 */
final class PdfBookmarks {
    private final Element bookmarks = new Element("bookmarks");

    /** A top-level bookmark to an element with an id; returns it, to nest others under it. */
    Element add(String name, Element target) {
        return add(bookmarks, name, target.id());
    }

    /** A bookmark to {@code anchor} under {@code parent}. */
    static Element add(Element parent, String name, String anchor) {
        return parent.appendElement("bookmark").attr("name", name).attr("href", "#" + anchor);
    }

    /** A chapter's bookmark with one below it for each of its {@code h2} headings. */
    void chapter(Element parent, Element article) {
        Element title = article.selectFirst("h1[id]");
        if (title == null) {
            return;
        }
        Element chapter = parent == null ? add(title.text(), title) : add(parent, title.text(), title.id());
        sections(chapter, article.select("h2[id]"));
    }

    /** The appendix with its glossary and readings. */
    void appendix(Element appendix) {
        Element heading = appendix.selectFirst("h2[id]");
        if (heading != null) {
            sections(add(heading.text(), heading), appendix.select("h3[id]"));
        }
    }

    /** The element to put into the document's head. */
    Element element() {
        return bookmarks;
    }

    private static void sections(Element parent, List<Element> headings) {
        headings.forEach(h -> add(parent, h.text(), h.id()));
    }
}
