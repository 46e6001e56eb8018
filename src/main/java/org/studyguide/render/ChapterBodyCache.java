package org.studyguide.render;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.studyguide.cache.CacheKey;
import org.studyguide.cache.ContentCache;
import org.studyguide.model.Chapter;

/**
 * What chapters' page views took from their parsed bodies (see {@link ChapterBodyEntry}), kept in
 * the content cache under the key of what decides it: the body's HTML as rendered from its
 * Markdown, the chapter's id, title, summary and objectives and its part's title (which its search
 * entries show), and the code. The quotations' context lines, which the margin notes show, are
 * kept in the entry and compared when it is found. A chapter whose entry is found needs no parse
 * of its body before its page is looked up in the {@link PageCache}. When the code's fingerprint
 * cannot be taken, nothing is found or stored.
 */
final class ChapterBodyCache {
    private final ContentCache cache;
    private final Optional<byte[]> code;
    private final AtomicInteger found = new AtomicInteger();
    private final AtomicInteger parsed = new AtomicInteger();

    ChapterBodyCache(ContentCache cache, Optional<byte[]> code) {
        this.cache = cache;
        this.code = code;
    }

    /** No cache: every body is parsed. */
    static ChapterBodyCache none() {
        return new ChapterBodyCache(ContentCache.none(), Optional.empty());
    }

    /** The key of a chapter's body entry, or empty without a cache. */
    Optional<byte[]> key(Chapter chapter, String partTitle, String bodyHtml) {
        return code.map(generator -> {
            CacheKey key = CacheKey.of("chapter body, 1").add(generator).add(chapter.id()).add(chapter.title())
                    .add(chapter.summary()).add(partTitle).add(Integer.toString(chapter.objectives().size()));
            chapter.objectives().forEach(key::add);
            return key.add(bodyHtml).digest();
        });
    }

    /**
     * The entry under {@code key}, when there is a sound one whose quotations' context lines are
     * those {@code contextHtml} gives now.
     */
    Optional<ChapterBodyEntry> find(Optional<byte[]> key, Function<String, Optional<String>> contextHtml) {
        Optional<ChapterBodyEntry> entry = key.flatMap(cache::get).flatMap(ChapterBodyEntry::decode)
                .filter(body -> body.contexts().stream()
                        .allMatch(context -> context.html().equals(contextHtml.apply(context.quote()))));
        entry.ifPresent(body -> found.incrementAndGet());
        return entry;
    }

    /** Keeps the entry of a body that was parsed now (under {@code key}, when there is a cache) and counts it. */
    void keep(Optional<byte[]> key, ChapterBodyEntry entry) {
        parsed.incrementAndGet();
        key.ifPresent(k -> cache.put(k, entry.encode()));
    }

    /** How many chapter bodies were parsed (their entries not found). */
    int parsed() {
        return parsed.get();
    }

    /** For {@code --timings}: "499 chapter bodies from the cache, 1 parsed". */
    String summary() {
        return found.get() + " chapter bodies from the cache, " + parsed.get() + " parsed";
    }
}
