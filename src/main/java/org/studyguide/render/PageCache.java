package org.studyguide.render;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;
import java.util.concurrent.atomic.AtomicInteger;
import org.studyguide.cache.CacheKey;
import org.studyguide.cache.CodeFingerprint;
import org.studyguide.cache.ContentCache;

/**
 * Finished pages in the content cache: what a page's template and the HTML passes made (the page
 * as published, a chapter's print article) and what the check stage read of it, under a key of
 * everything that decides them, known before the template runs: the model the template sees, the
 * templates, the page's path, the base path its links start from (the 404 page's) and the code
 * (studyguide's classes with the built-in templates, Freemarker and jsoup, and the Java runtime).
 * A page found there is neither rendered, nor parsed, nor passed, nor read by the checker again.
 * When the code's fingerprint cannot be taken, nothing is found or stored.
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
     * What the keys of all pages of one build share: the code, the guide's own templates, the time
     * zone and locale (which a template could format a date with), and the {@code site} every page
     * sees. Empty without a cache, or when a template may show what is not in its model (see
     * {@link TemplateFingerprint}): then no page is found or kept.
     */
    Optional<byte[]> buildKey(Templates templates, Views.Site site) {
        if (isOff()) {
            return Optional.empty();
        }
        Optional<byte[]> own = templates.fingerprint();
        Optional<byte[]> shared = ModelDigest.of(site);
        if (own.isEmpty() || shared.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(CacheKey.of("pages of a build, 1").add(code.orElseThrow()).add(own.get()).add(shared.get())
                .add(TimeZone.getDefault().getID()).add(Locale.getDefault().toLanguageTag()).digest());
    }

    /**
     * The key of a page, known before its template runs: everything the template sees (the page's
     * view, its path, and the {@code site} and navigation, which follows from the site and the
     * path), the template's name, what the passes read (the path and the base path its links start
     * from, the 404 page's) and whether the chapter's print article is taken out; empty without a
     * build key or when the view holds something {@link ModelDigest} cannot vouch for.
     *
     * @param build   the build's {@link #buildKey}
     * @param chapter the chapter whose print article the page gives, if any
     */
    Optional<byte[]> key(Optional<byte[]> build, String path, String template, Optional<String> basePath,
            Optional<String> chapter, Object page) {
        return build.flatMap(shared -> ModelDigest.of(page).map(model -> CacheKey.of("page, 2").add(shared)
                .add(path).add(template).add(basePath.map(base -> "base " + base).orElse(""))
                .add(chapter.map(id -> "article " + id).orElse("")).add(model).digest()));
    }

    /** The page kept under {@code key}, when there is a sound entry that {@code reader} takes as read. */
    Optional<PageEntry> find(Optional<byte[]> key, String path, PageReader reader) {
        if (isOff()) {
            return Optional.empty();
        }
        Optional<PageEntry> entry = key.flatMap(cache::get).flatMap(PageEntry::decode)
                .filter(page -> reader.restore(path, page.bytes(), page.read()));
        entry.ifPresent(page -> found.incrementAndGet());
        return entry;
    }

    /** Counts a page that the HTML passes made now (one without a key, such as a print page, too). */
    void countPassed() {
        if (!isOff()) {
            passed.incrementAndGet();
        }
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
                List.of("org/jsoup/Jsoup.class", "freemarker/template/Template.class"));
    }
}
