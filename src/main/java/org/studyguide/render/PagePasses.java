package org.studyguide.render;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.BiConsumer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.studyguide.print.FirstMentions;
import org.studyguide.print.PrintAnchors;

/**
 * HTML post-processing: each rendered page is parsed once and run through an ordered list of
 * small passes, declared here in one place.
 */
final class PagePasses {
    /** The passes, in order; each gets the page and its path in the site. */
    private static final List<BiConsumer<Document, String>> PASSES = List.of(
            PrintAnchors::rewrite, // print.html only; it needs the site-root URLs, so it runs first
            RelativeLinks::rewrite,
            ScrollableTables::wrap,
            FirstMentions::mark);

    private PagePasses() {
    }

    /** Runs every pass over {@code html}, which will live at {@code path}, and serialises the result. */
    static byte[] apply(String html, String path) {
        Document page = Jsoup.parse(html);
        page.outputSettings().prettyPrint(false).charset(StandardCharsets.UTF_8);
        PASSES.forEach(pass -> pass.accept(page, path));
        return page.outerHtml().getBytes(StandardCharsets.UTF_8);
    }
}
