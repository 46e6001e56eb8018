package org.studyguide.render;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeVisitor;
import org.jsoup.select.QueryParser;

/**
 * Wraps each table in a region that scrolls sideways on its own, so a wide table never makes a
 * small screen scroll the whole page. The region is focusable and labelled so keyboard users can
 * scroll it too. As a visitor of a walk over the page it finds the tables (and reads their captions,
 * before any later pass of the walk changes their text); {@link #wrap()} then wraps them.
 */
final class ScrollableTables implements NodeVisitor {
    private static final Evaluator CAPTION = QueryParser.parse("caption");

    /** The tables found, each with the label of its region. */
    private final List<Found> tables = new ArrayList<>();

    private record Found(Element table, String label) {
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof Element element) {
            element(element);
        }
    }

    /** Notes {@code table} if it is a table not yet wrapped. */
    void element(Element table) {
        if (table.nameIs("table") && !(table.parent() != null && table.parent().hasClass("table-scroll"))) {
            Element caption = table.selectFirst(CAPTION);
            tables.add(new Found(table, caption != null ? caption.text() : "Table"));
        }
    }

    /** Wraps the tables found that were not wrapped already. */
    void wrap() {
        for (Found found : tables) {
            found.table().wrap("<div class=\"table-scroll\" tabindex=\"0\" role=\"region\"></div>");
            found.table().parent().attr("aria-label", found.label());
        }
    }
}
