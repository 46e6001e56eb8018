package org.studyguide.render;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Wraps each table in a region that scrolls sideways on its own, so a wide table never makes a
 * small screen scroll the whole page. The region is focusable and labelled so keyboard users can
 * scroll it too.
 */
final class ScrollableTables {
    private static final Evaluator TABLES = QueryParser.parse("table");
    private static final Evaluator CAPTION = QueryParser.parse("caption");

    private ScrollableTables() {
    }

    /** Wraps every table of {@code page} not already wrapped. */
    static void wrap(Document page, String path) {
        for (Element table : page.select(TABLES)) {
            if (table.parent() != null && table.parent().hasClass("table-scroll")) {
                continue;
            }
            Element caption = table.selectFirst(CAPTION);
            table.wrap("<div class=\"table-scroll\" tabindex=\"0\" role=\"region\"></div>");
            table.parent().attr("aria-label", caption != null ? caption.text() : "Table");
        }
    }
}
