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

    /** The tables found, with the labels of their regions. */
    private final List<Element> tables = new ArrayList<>();
    private final List<String> labels = new ArrayList<>();

    @Override
    public void head(Node node, int depth) {
        if (node instanceof Element table && table.nameIs("table")
                && !(table.parent() != null && table.parent().hasClass("table-scroll"))) {
            Element caption = table.selectFirst(CAPTION);
            tables.add(table);
            labels.add(caption != null ? caption.text() : "Table");
        }
    }

    /** Wraps the tables found that were not wrapped already. */
    void wrap() {
        for (int i = 0; i < tables.size(); i++) {
            Element table = tables.get(i);
            table.wrap("<div class=\"table-scroll\" tabindex=\"0\" role=\"region\"></div>");
            table.parent().attr("aria-label", labels.get(i));
        }
    }
}
