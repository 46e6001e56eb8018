package org.studyguide.print;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers the article taken from each chapter page, so that a renderer that builds the same guide
 * again and again (the preview server's) parses only the chapter pages that changed.
 */
public final class ArticleCache {
    private final Map<String, Entry> byPath = new ConcurrentHashMap<>();

    /** The article of {@code page}, from the cache when the page is the same as last time. */
    String article(PrintPage.RenderedChapter page) {
        Entry last = byPath.get(page.path());
        if (last != null && last.page().equals(page)) {
            return last.article();
        }
        String article = ChapterArticles.article(page.id(), page.path(), page.html());
        byPath.put(page.path(), new Entry(page, article));
        return article;
    }

    private record Entry(PrintPage.RenderedChapter page, String article) {
    }
}
