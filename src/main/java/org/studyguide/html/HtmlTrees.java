package org.studyguide.html;

import java.util.function.BiConsumer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Parses the HTML the generator wrote itself (template output, Flexmark's chapter bodies): with
 * {@link WellFormedHtml} when it takes the input, as it takes nearly all of ours, else with Jsoup.
 * Either way the tree is the one Jsoup would build.
 */
public final class HtmlTrees {
    /** Sees every input (and whether a whole page), for the differential tests that collect a build's HTML. */
    static volatile BiConsumer<Boolean, String> watcher;

    private HtmlTrees() {
    }

    /** The tree of a whole page, as {@code Jsoup.parse(html)} gives it. */
    public static Document document(String html) {
        watch(true, html);
        Document fast = WellFormedHtml.document(html);
        return fast != null ? fast : Jsoup.parse(html);
    }

    /** The tree of a body fragment, as {@code Jsoup.parseBodyFragment(html)} gives it. */
    public static Document bodyFragment(String html) {
        watch(false, html);
        Document fast = WellFormedHtml.bodyFragment(html);
        return fast != null ? fast : Jsoup.parseBodyFragment(html);
    }

    private static void watch(boolean page, String html) {
        BiConsumer<Boolean, String> seen = watcher;
        if (seen != null) {
            seen.accept(page, html);
        }
    }
}
