package org.studyguide.render;

import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.studyguide.cache.CacheKey;

/**
 * Where chapters' articles are printed: a print page and the chapter pages whose articles it holds,
 * which decide how an article's links come out there (a link to a chapter on the page points at its
 * article, one to any other page stays a link). The chapters' print articles are made with their
 * pages, so this is part of each chapter page's key.
 *
 * @param path         the print page's site path, such as {@code print-2.html}
 * @param chapterPages the chapter pages printed there, from the site root ({@code /chapters/a.html})
 * @param key          what decides the place, for the page cache's keys
 */
record PrintPlace(String path, Set<String> chapterPages, String key) {

    /** The print page at {@code path} holding the chapters with these ids. */
    static PrintPlace of(String path, List<String> chapters) {
        Set<String> pages = new LinkedHashSet<>();
        CacheKey key = CacheKey.of("print place, 1").add(path);
        for (String chapter : chapters) {
            String page = "/" + Urls.chapterFile(chapter);
            pages.add(page);
            key.add(page);
        }
        return new PrintPlace(path, Set.copyOf(pages), HexFormat.of().formatHex(key.digest()));
    }

    /**
     * A chapter's article to be made for this place, as the page writer is asked for it.
     *
     * @param chapter the chapter's id
     */
    record Article(String chapter, PrintPlace place) {
        /** What decides the article besides its page, for the page cache's keys. */
        String key() {
            return "article " + chapter + " on " + place.path() + " " + place.key();
        }
    }
}
