package org.studyguide.render;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.studyguide.cache.CacheKey;
import org.studyguide.cache.CodeFingerprint;
import org.studyguide.cache.ContentCache;

/**
 * Finished pages in the content cache: what the HTML passes made of a page's template output (the
 * page as published, a chapter's print article) and what the check stage read of it, under the key
 * of everything that decides them: the page's path, its template output, the base path its links
 * start from (the 404 page's) and the code (studyguide's classes and jsoup, and the Java runtime).
 * A page found there is neither parsed, nor passed, nor read by the checker again. When the code's
 * fingerprint cannot be taken, nothing is found or stored.
 */
public final class PageCache {
    private final ContentCache cache;
    private final Optional<byte[]> code;
    private final AtomicInteger found = new AtomicInteger();
    private final AtomicInteger passed = new AtomicInteger();

    private PageCache(ContentCache cache) {
        this.cache = cache;
        this.code = cache.isOff() ? Optional.empty() : Code.FINGERPRINT;
    }

    /** No cache: every page is passed. */
    public static PageCache none() {
        return new PageCache(ContentCache.none());
    }

    /** Pages kept in {@code cache} (which may only be read, as {@code check} does). */
    public static PageCache in(ContentCache cache) {
        return new PageCache(cache);
    }

    /** True when there is no cache to look in. */
    public boolean isOff() {
        return code.isEmpty();
    }

    /**
     * The key of a page, or empty without a cache.
     *
     * @param chapter the chapter whose print article the page gives, if any
     */
    Optional<byte[]> key(String path, Optional<String> basePath, Optional<String> chapter, String html) {
        return code.map(generator -> CacheKey.of("page, 1").add(generator).add(path)
                .add(basePath.map(base -> "base " + base).orElse("")).add(chapter.map(id -> "article " + id).orElse(""))
                .add(html).digest());
    }

    /**
     * The page kept under {@code key}, when there is a sound entry that {@code reader} takes as read;
     * a page without a key (one assembled after its template, which is always passed) counts as passed.
     */
    Optional<PageEntry> find(Optional<byte[]> key, String path, PageReader reader) {
        if (isOff()) {
            return Optional.empty();
        }
        Optional<PageEntry> entry = key.flatMap(cache::get).flatMap(PageEntry::decode)
                .filter(page -> reader.restore(path, page.bytes(), page.read()));
        (entry.isPresent() ? found : passed).incrementAndGet();
        return entry;
    }

    /** Keeps a page that was passed now, with what {@code reader} read of it, when it may be kept. */
    void keep(byte[] key, byte[] bytes, Optional<String> article, Optional<byte[]> read) {
        read.ifPresent(summary -> cache.put(key, new PageEntry(bytes, article, summary).encode()));
    }

    /** Keeps the cache within its size limit, after a build that stored pages. */
    public void trim() {
        if (cache.stores() > 0) {
            cache.trim();
        }
    }

    /** What the cache did, for {@code --timings}, such as "480 from the cache, 20 passed". */
    public String summary() {
        return found.get() + " from the cache, " + passed.get() + " passed";
    }

    /** Taken once per run: the code does not change while it runs. */
    private static final class Code {
        static final Optional<byte[]> FINGERPRINT = CodeFingerprint.of(List.of(PageCache.class),
                List.of("org/jsoup/Jsoup.class"));
    }
}
