package org.studyguide.render;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.studyguide.print.ChapterArticles;

/**
 * The URLs of a chapter's passed page as its article on a print page has them: from the site root
 * ({@link ChapterArticles#fromRoot}), which tells a link to a chapter printed there, and relative to
 * the print page as the page pass makes them ({@link RelativeLinks#fromPage}). The chapters of a
 * print page share a folder and most of their links (glossary, references, other chapters), so the
 * answers are remembered for each folder and print page, up to a bound, as {@link RelativeLinks}
 * remembers its own; a URL that starts with {@code #} or {@code ?} depends on the page, not only on
 * its folder, and is worked out each time.
 */
final class PrintUrls {
    private static final int MAX_PLACES = 64;
    private static final int MAX_ANSWERS = 8192;
    private static final Map<String, Map<String, Url>> ANSWERS = new ConcurrentHashMap<>();

    private final String path;
    private final String printPath;
    private final Map<String, Url> answers;

    /**
     * A URL of the chapter page.
     *
     * @param rooted  from the site root, such as {@code /chapters/a.html#x}
     * @param printed as the print page writes it, relative to it
     */
    record Url(String rooted, String printed) {
    }

    private PrintUrls(String path, String printPath, Map<String, Url> answers) {
        this.path = path;
        this.printPath = printPath;
        this.answers = answers;
    }

    /** The URLs of the chapter page at {@code path} in its article on the print page at {@code printPath}. */
    static PrintUrls of(String path, String printPath) {
        String place = path.substring(0, path.lastIndexOf('/') + 1) + "\n" + printPath;
        Map<String, Url> known = ANSWERS.get(place);
        if (known == null) {
            known = ANSWERS.size() < MAX_PLACES ? ANSWERS.computeIfAbsent(place, p -> new ConcurrentHashMap<>())
                    : new ConcurrentHashMap<>();
        }
        return new PrintUrls(path, printPath, known);
    }

    /** {@code url}, as written on the chapter page, in the article. */
    Url of(String url) {
        if (url.startsWith("#") || url.startsWith("?")) {
            return worked(url);
        }
        Url known = answers.get(url);
        if (known != null) {
            return known;
        }
        Url answer = worked(url);
        if (answers.size() < MAX_ANSWERS) {
            answers.put(url, answer);
        }
        return answer;
    }

    private Url worked(String url) {
        String rooted = ChapterArticles.fromRoot(url, path);
        return new Url(rooted, RelativeLinks.fromPage(rooted, printPath));
    }
}
