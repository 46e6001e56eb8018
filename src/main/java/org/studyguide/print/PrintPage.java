package org.studyguide.print;

import java.util.List;

/**
 * The view of {@code print.html}, the whole guide on one page for printing: every chapter's
 * rendered article in reading order. The articles are taken from the finished chapter pages (see
 * {@link ChapterArticles}) rather than rendered a second time; {@link PrintAnchors} then makes their
 * ids unique and points their links inside the page.
 *
 * @param title    the page's title ("The whole guide, to print")
 * @param chapters the chapters in reading order
 */
public record PrintPage(String title, List<Chapter> chapters) {
    /** Where the page lives in the site. */
    public static final String FILE = "print.html";

    /**
     * One chapter as it appears on the print page.
     *
     * @param id   the chapter's id, which becomes its article's id
     * @param html the chapter's article, with site-root URLs ({@code /glossary.html#NRC})
     */
    public record Chapter(String id, String html) {
    }

    /** Copies the list. */
    public PrintPage {
        chapters = List.copyOf(chapters);
    }

    /**
     * A finished chapter page, as written to the site.
     *
     * @param id   the chapter's id
     * @param path where the page lives in the site, such as {@code chapters/enlargement.html}
     * @param html the page
     */
    public record RenderedChapter(String id, String path, String html) {
    }

    /**
     * The print page for the chapters {@code rendered}, in that order; pages are parsed in parallel,
     * and those unchanged since the cache last saw them are not parsed again.
     */
    public static PrintPage of(String title, List<RenderedChapter> rendered, ArticleCache cache) {
        return new PrintPage(title, rendered.parallelStream()
                .map(page -> new Chapter(page.id(), cache.article(page)))
                .toList());
    }
}
