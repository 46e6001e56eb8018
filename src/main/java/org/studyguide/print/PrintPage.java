package org.studyguide.print;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The view of a print page: chapters' rendered articles in reading order, after a title page with
 * the contents. A guide of up to {@value #ONE_PAGE_UP_TO} chapters prints from one page,
 * {@code print.html}; a larger one from one page per part, {@code print-1.html},
 * {@code print-2.html}, ..., and {@code print.html} is then the title page with the contents, each
 * part and chapter linked to its print page. The articles are taken from the finished chapter
 * pages (see {@link ChapterArticles}) rather than rendered a second time; {@link ArticleIds} then
 * makes their ids unique and points their links inside the page.
 *
 * @param title    the page's title ("The whole guide, to print")
 * @param parts    the contents: the parts, each with its chapters
 * @param chapters the chapters on this page, in reading order; none on the contents page of a large guide
 * @param onePart  true on the print page of one part of a large guide
 */
public record PrintPage(String title, List<Part> parts, List<Chapter> chapters, boolean onePart) {
    /** Where the page of the whole guide (or its contents, for a large guide) lives in the site. */
    public static final String FILE = "print.html";
    /** The most chapters a guide can have and still print from one page. */
    public static final int ONE_PAGE_UP_TO = 60;
    private static final Pattern PRINT_FILE = Pattern.compile("print(-[0-9]+)?\\.html");

    /**
     * One chapter as it appears on the print page.
     *
     * @param id   the chapter's id, which becomes its article's id
     * @param html what the template writes for the chapter's article: a placeholder, which the
     *             article's finished text replaces once the page is passed and written
     */
    public record Chapter(String id, String html) {
    }

    /**
     * A part in the contents.
     *
     * @param numeral  its number, as a Roman numeral
     * @param title    its title
     * @param url      its print page, from the site root; empty when its chapters are on this page
     * @param chapters its chapters
     */
    public record Part(String numeral, String title, String url, List<Entry> chapters) {
        /** Copies the list. */
        public Part {
            chapters = List.copyOf(chapters);
        }
    }

    /**
     * A chapter in the contents.
     *
     * @param title its title
     * @param url   where it is printed, from the site root: its chapter page when it is on this page
     *              (the print page's pass points that link at the article), else {@code /print-N.html#id}
     */
    public record Entry(String title, String url) {
    }

    /** Copies the lists. */
    public PrintPage {
        parts = List.copyOf(parts);
        chapters = List.copyOf(chapters);
    }

    /** The print page of part {@code number} (counted from 1) of a large guide. */
    public static String partFile(int number) {
        return "print-" + number + ".html";
    }

    /** True for {@code print.html} and the print pages of the parts. */
    public static boolean isPrintPage(String path) {
        return PRINT_FILE.matcher(path).matches();
    }
}
