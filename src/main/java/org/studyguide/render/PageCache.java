package org.studyguide.render;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;
import java.util.concurrent.atomic.AtomicInteger;
import org.studyguide.cache.CacheKey;
import org.studyguide.cache.CodeFingerprint;
import org.studyguide.cache.ContentCache;

/**
 * Finished pages in the content cache: what the HTML passes made of a page's template output (the
 * page as published, a chapter's print article) and what the check stage read of it, under the key
 * of everything that decides them: the page's path, its template output, the base path its links
 * start from (the 404 page's) and the code (studyguide's classes, jsoup and the Java runtime). A
 * second key, known before the template runs, points to that entry: the model the template sees,
 * the templates and the code (with the built-in templates and Freemarker). A page found by that
 * key is not even rendered; one found by its output is neither parsed, nor passed, nor read by the
 * checker again. When the code's fingerprint cannot be taken, nothing is found or stored.
 */
public final class PageCache {
    /** What an entry under a model key starts with; the output key it points to follows. */
    private static final byte[] POINTER = "studyguide page pointer 1:".getBytes(StandardCharsets.US_ASCII);
    private static final int KEY_LENGTH = 32;
    private final ContentCache cache;
    private final Optional<byte[]> code;
    private final ChapterBodyCache bodies;
    private final MadeFiles made;
    private final AtomicInteger found = new AtomicInteger();
    private final AtomicInteger passed = new AtomicInteger();
    private final AtomicInteger rendered = new AtomicInteger();
    /** The entries whose soundness rests on the templates being those of {@link #buildKey}. */
    private final List<byte[]> onTemplates = Collections.synchronizedList(new ArrayList<>());
    private volatile Optional<Templates> templates = Optional.empty();
    private volatile Optional<byte[]> templatesUsed = Optional.empty();

    private PageCache(ContentCache cache) {
        this.cache = cache;
        this.code = cache.isOff() ? Optional.empty() : Code.FINGERPRINT;
        this.bodies = new ChapterBodyCache(cache, code);
        this.made = new MadeFiles(cache, code);
    }

    /** The site's files made without a template, kept in the same cache (see {@link MadeFiles}). */
    MadeFiles made() {
        return made;
    }

    /** What chapters' page views took from their bodies, kept in the same cache (see {@link ChapterBodyCache}). */
    ChapterBodyCache bodies() {
        return bodies;
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
        this.templates = Optional.of(templates);
        this.templatesUsed = own;
        return Optional.of(CacheKey.of("pages of a build, 1").add(code.orElseThrow()).add(own.get()).add(shared.get())
                .add(TimeZone.getDefault().getID()).add(Locale.getDefault().toLanguageTag()).digest());
    }

    /**
     * The key of a page known before its template runs: everything the template sees (the page's
     * view, its path, and the {@code site} and navigation, which follows from the site and the
     * path), the template's name, what the passes read (the path and the base path its links start
     * from, the 404 page's) and what decides the chapter's print article made with it; empty without a
     * build key or when the view holds something {@link ModelDigest} cannot vouch for. An entry
     * under it points to the entry under the page's {@link #outputKey}.
     *
     * @param build   the build's {@link #buildKey}
     * @param article what decides the print article the page gives, if any (see {@link PrintPlace.Article#key})
     */
    Optional<byte[]> modelKey(Optional<byte[]> build, String path, String template, Optional<String> basePath,
            Optional<String> article, Object page) {
        return build.flatMap(shared -> ModelDigest.of(page).map(model -> CacheKey.of("page model, 1").add(shared)
                .add(path).add(template).add(basePath.map(base -> "base " + base).orElse(""))
                .add(article.orElse("")).add(model).digest()));
    }

    /**
     * The key of a page by its template output, or empty without a cache: the page's path, its
     * template output, the base path its links start from and what decides the print article made
     * with it, if any (see {@link PrintPlace.Article#key}).
     */
    Optional<byte[]> outputKey(String path, Optional<String> basePath, Optional<String> article, String html) {
        return code.map(generator -> CacheKey.of("page, 1").add(generator).add(path)
                .add(basePath.map(base -> "base " + base).orElse("")).add(article.orElse(""))
                .add(html).digest());
    }

    /**
     * The key under which a page assembled after its template (a print page) is kept, which its
     * template output does not decide: its model key's, so that it stands for the model and what
     * went in.
     */
    static byte[] assembledKey(byte[] modelKey) {
        return CacheKey.of("assembled page, 1").add(modelKey).digest();
    }

    /** The page whose {@link #modelKey} is {@code modelKey}, found without running its template. */
    Optional<PageEntry> findByModel(Optional<byte[]> modelKey, String path, PageReader reader) {
        return find(modelKey.flatMap(cache::get).flatMap(PageCache::pointee), path, reader);
    }

    /**
     * The page kept under {@code outputKey}, when there is a sound entry that {@code reader} takes as
     * read; then {@code modelKey} is made to point to it, so that the next build need not render it.
     */
    Optional<PageEntry> findByOutput(Optional<byte[]> outputKey, Optional<byte[]> modelKey, String path,
            PageReader reader) {
        Optional<PageEntry> entry = find(outputKey, path, reader);
        entry.ifPresent(page -> point(modelKey, outputKey.orElseThrow()));
        return entry;
    }

    private Optional<PageEntry> find(Optional<byte[]> key, String path, PageReader reader) {
        if (isOff()) {
            return Optional.empty();
        }
        Optional<PageEntry> entry = key.flatMap(cache::get).flatMap(PageEntry::decode)
                .filter(page -> reader.restore(path, page.bytes(), page.read()));
        entry.ifPresent(page -> found.incrementAndGet());
        return entry;
    }

    /** Counts a page whose template runs now. */
    void countRendered() {
        if (!isOff()) {
            rendered.incrementAndGet();
        }
    }

    /** Counts a page that the HTML passes made now (one without a key, such as a print page, too). */
    void countPassed() {
        if (!isOff()) {
            passed.incrementAndGet();
        }
    }

    /**
     * Keeps a page that was passed now under {@code outputKey}, with what {@code reader} read of it,
     * when it may be kept, and points {@code modelKey} to it.
     */
    void keep(byte[] outputKey, Optional<byte[]> modelKey, byte[] bytes, Optional<byte[]> article,
            Optional<byte[]> read, boolean assembled) {
        read.ifPresent(summary -> {
            cache.put(outputKey, new PageEntry(bytes, article, summary).encode());
            if (assembled) {
                onTemplates.add(outputKey);
            }
            point(modelKey, outputKey);
        });
    }

    private void point(Optional<byte[]> modelKey, byte[] outputKey) {
        modelKey.ifPresent(key -> {
            cache.put(key, ByteBuffer.allocate(POINTER.length + outputKey.length).put(POINTER).put(outputKey).array());
            onTemplates.add(key);
        });
    }

    /** The output key a model key's entry points to, or empty when it is no such entry. */
    private static Optional<byte[]> pointee(byte[] entry) {
        int length = entry.length - POINTER.length;
        if (length != KEY_LENGTH || !Arrays.equals(entry, 0, POINTER.length, POINTER, 0, POINTER.length)) {
            return Optional.empty();
        }
        return Optional.of(Arrays.copyOfRange(entry, POINTER.length, entry.length));
    }

    /**
     * Ends a build's use of the cache: removes the entries stored under model keys (and the print
     * pages kept under them) when the guide's templates changed while the pages rendered, as
     * Freemarker may have read the new ones while the keys stand for the old; then keeps the cache
     * within its size limit, after a build that stored pages.
     */
    public void finish() {
        if (templates.isPresent() && !onTemplates.isEmpty()
                && !Arrays.equals(templates.get().fingerprint().orElse(null), templatesUsed.orElse(null))) {
            synchronized (onTemplates) {
                onTemplates.forEach(cache::remove);
            }
        }
        onTemplates.clear();
        if (cache.stores() > 0) {
            cache.trim();
        }
    }

    /**
     * What the cache did, for {@code --timings}, such as "499 chapter bodies from the cache, 1
     * parsed; 510 from the cache, 6 passed, 6 rendered": chapters' bodies whose views came from the
     * cache and those parsed, then pages taken from the cache, pages the HTML passes made, and pages
     * whose template ran.
     */
    public String summary() {
        return bodies.summary() + "; " + found.get() + " from the cache, " + passed.get() + " passed, "
                + rendered.get() + " rendered";
    }

    /** Taken once per run: the code does not change while it runs. */
    private static final class Code {
        static final Optional<byte[]> FINGERPRINT = CodeFingerprint.of(List.of(PageCache.class),
                List.of("org/jsoup/Jsoup.class", "freemarker/template/Template.class"));
    }
}
