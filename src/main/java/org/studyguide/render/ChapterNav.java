package org.studyguide.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The chapter navigation each page shows. A guide of up to {@link #FULL_LIST_LIMIT} chapters shows
 * every part and chapter on every page. A larger one would make every page carry the whole list, so
 * that the site grew with the square of its chapters; its pages show a window of
 * {@value #PART_WINDOW} part titles around the current part (linked to the parts on the home page,
 * which lists everything) and, in the current part, a window of {@value #CHAPTER_WINDOW} chapters
 * around the current one, then a link to the home page's full list. The two windows together fit
 * about one screen, so the current chapter shows without scrolling the list, every page stays
 * small and it still reads without JavaScript.
 */
public final class ChapterNav {
    /** The most chapters a guide can have for every page to list them all. */
    public static final int FULL_LIST_LIMIT = 60;
    /** How many part titles a page of a larger guide shows: its own part's and five either side. */
    public static final int PART_WINDOW = 11;
    /** How many of its own part's chapters a page of a larger guide lists: its own and fifteen either side. */
    public static final int CHAPTER_WINDOW = 31;

    private final List<Views.NavPart> parts;
    private final Map<String, Place> places = new HashMap<>();
    private final int chapterCount;
    private final Shown full;

    /** The navigation of a guide with these parts, in order. */
    public ChapterNav(List<Views.NavPart> parts) {
        this.parts = List.copyOf(parts);
        int count = 0;
        for (int p = 0; p < parts.size(); p++) {
            List<Views.NavChapter> chapters = parts.get(p).chapters();
            for (int c = 0; c < chapters.size(); c++) {
                places.put(chapters.get(c).url(), new Place(p, c));
            }
            count += chapters.size();
        }
        this.chapterCount = count;
        List<ShownPart> all = new ArrayList<>();
        for (int p = 0; p < parts.size(); p++) {
            all.add(shownPart(p, true, 0, parts.get(p).chapters().size()));
        }
        this.full = new Shown(all, false, chapterCount);
    }

    /** What the page at {@code path} (such as {@code /chapters/x.html}) shows. */
    public Shown forPage(String path) {
        if (chapterCount <= FULL_LIST_LIMIT) {
            return full;
        }
        Place place = places.get(path);
        int currentPart = place == null ? -1 : place.part();
        int firstPart = windowStart(parts.size(), Math.max(currentPart, 0), PART_WINDOW);
        List<ShownPart> shown = new ArrayList<>();
        for (int p = firstPart; p < Math.min(parts.size(), firstPart + PART_WINDOW); p++) {
            if (p == currentPart) {
                int size = parts.get(p).chapters().size();
                int first = windowStart(size, place.chapter(), CHAPTER_WINDOW);
                shown.add(shownPart(p, true, first, Math.min(size, first + CHAPTER_WINDOW)));
            } else {
                shown.add(shownPart(p, false, 0, 0));
            }
        }
        return new Shown(shown, true, chapterCount);
    }

    /** Where a window of at most {@code window} of {@code size} entries starts: {@code current} in its middle where it can be. */
    private static int windowStart(int size, int current, int window) {
        int start = Math.max(0, current - window / 2);
        return Math.max(0, Math.min(start, size - window));
    }

    private ShownPart shownPart(int index, boolean listed, int from, int to) {
        Views.NavPart part = parts.get(index);
        return new ShownPart(part.numeral(), part.title(), "/index.html#part-" + (index + 1), listed, from + 1,
                part.chapters().subList(from, to));
    }

    /** Where a chapter sits: its part's index and its own within the part. */
    private record Place(int part, int chapter) {
    }

    /**
     * The navigation of one page.
     *
     * @param parts        the parts shown, in order
     * @param abridged     true when some parts or chapters are left out, so the page links to the full list
     * @param chapterCount how many chapters the guide has
     */
    public record Shown(List<ShownPart> parts, boolean abridged, int chapterCount) {
    }

    /**
     * A part as one page shows it.
     *
     * @param url      the part on the home page, for a part shown by its title only
     * @param listed   true when its chapters (or a window of them) are listed
     * @param start    the number of the first chapter listed, counting from 1 within the part
     * @param chapters the chapters listed
     */
    public record ShownPart(String numeral, String title, String url, boolean listed, int start,
            List<Views.NavChapter> chapters) {
    }
}
