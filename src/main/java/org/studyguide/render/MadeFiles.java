package org.studyguide.render;

import java.nio.BufferUnderflowException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.studyguide.cache.CacheKey;
import org.studyguide.cache.ContentCache;
import org.studyguide.cache.EntryBytes;

/**
 * Files of the site made without a template from a model of their own (the search index, the Anki
 * CSV, the terms script), kept in the content cache under the digest of that model (see
 * {@link ModelDigest}), the file's path and the code. A build whose model for a file is as before
 * takes the file from the cache instead of making it again; the model must hold everything the
 * file's bytes follow from. Without a cache, or with a model that {@link ModelDigest} cannot vouch
 * for, the file is made every time. An entry that is not whole, or not this file's, is not trusted:
 * the file is made anew and the entry replaced.
 */
final class MadeFiles {
    /** What an entry starts with; the file's path and its bytes follow. */
    private static final String MAGIC = "studyguide made file 1";
    private final ContentCache cache;
    private final Optional<byte[]> code;
    private final AtomicInteger found = new AtomicInteger();

    MadeFiles(ContentCache cache, Optional<byte[]> code) {
        this.cache = cache;
        this.code = cache.isOff() ? Optional.empty() : code;
    }

    /** The file at {@code path} made of {@code model}: from the cache when kept there, else {@code make}'s. */
    byte[] of(String path, Object model, Supplier<byte[]> make) {
        Optional<byte[]> key = code.flatMap(generator -> ModelDigest.of(model)
                .map(digest -> CacheKey.of("made file, 1").add(generator).add(path).add(digest).digest()));
        Optional<byte[]> kept = key.flatMap(cache::get).flatMap(entry -> decode(path, entry));
        if (kept.isPresent()) {
            found.incrementAndGet();
            return kept.get();
        }
        byte[] bytes = make.get();
        key.ifPresent(k -> cache.put(k, new EntryBytes.Writer().putString(MAGIC).putString(path).putBytes(bytes)
                .toByteArray()));
        return bytes;
    }

    /** The file an entry holds, or empty when it is not a whole entry of this kind for {@code path}. */
    private static Optional<byte[]> decode(String path, byte[] entry) {
        try {
            EntryBytes.Reader in = new EntryBytes.Reader(entry);
            if (!in.getString().equals(MAGIC) || !in.getString().equals(path)) {
                return Optional.empty();
            }
            byte[] bytes = in.getBytes();
            in.end();
            return Optional.of(bytes);
        } catch (EntryBytes.Malformed | BufferUnderflowException e) {
            return Optional.empty();
        }
    }

    /** How many files came from the cache in this build. */
    int found() {
        return found.get();
    }
}
