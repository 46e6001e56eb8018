package org.studyguide.render;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
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
    /** The passes before the links are rewritten, which need site-root URLs (print.html's anchors). */
    private static final List<BiConsumer<Document, String>> BEFORE_LINKS = List.of(
            PrintAnchors::rewrite);
    /** The passes after the links are rewritten, in order; each gets the page and its path in the site. */
    private static final List<BiConsumer<Document, String>> PASSES = List.of(
            ScrollableTables::wrap,
            FirstMentions::mark,
            Typography::apply);

    private PagePasses() {
    }

    /**
     * Parses {@code html}, which will live at {@code path}, and runs every pass over it.
     * Root-relative URLs become relative to the page, or, given a {@code basePath}, start from it.
     */
    static Document apply(String html, String path, Optional<String> basePath) {
        Document page = Jsoup.parse(html);
        page.outputSettings().prettyPrint(false).charset(StandardCharsets.UTF_8);
        BEFORE_LINKS.forEach(pass -> pass.accept(page, path));
        basePath.ifPresentOrElse(base -> RelativeLinks.fromBasePath(page, base), () -> RelativeLinks.rewrite(page, path));
        PASSES.forEach(pass -> pass.accept(page, path));
        return page;
    }
}
