package org.studyguide.verify;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.studyguide.cache.CacheKey;
import org.studyguide.cache.CodeFingerprint;
import org.studyguide.cache.ContentCache;
import org.studyguide.diag.Diagnostic;
import org.studyguide.diag.Diagnostics;
import org.studyguide.model.Guide;
import org.studyguide.model.Quote;
import org.studyguide.model.Source;

/**
 * The quotation check ({@link QuoteVerifier}) remembered in the content cache: when the quotations,
 * the readings, their texts and the code are as they were at an earlier check that found nothing to
 * report, that check's count is taken from the cache, without reading the texts into their
 * canonical form or searching them again. A check that reported anything is not kept, so its
 * problems are reported again by every build until they are mended.
 */
public final class VerifiedQuotes {
    /** What a kept count starts with; the count follows as four bytes. */
    private static final byte[] HEADER = "studyguide verified quotations 1:".getBytes(StandardCharsets.US_ASCII);

    private VerifiedQuotes() {
    }

    /**
     * Verifies as {@link QuoteVerifier#verify} does, taking the count from {@code cache} when an
     * earlier check of the same quotations against the same texts by the same code found nothing wrong,
     * and keeping it there when this one finds nothing wrong.
     */
    public static int verify(Guide guide, Path textsDir, Diagnostics diagnostics, ContentCache cache) {
        Optional<byte[]> key = cache.isOff() ? Optional.empty() : key(guide, textsDir);
        Optional<Integer> kept = key.flatMap(cache::get).flatMap(VerifiedQuotes::count);
        if (kept.isPresent()) {
            return kept.get();
        }
        Diagnostics found = new Diagnostics();
        int verified = QuoteVerifier.verify(guide, textsDir, found);
        List<Diagnostic> problems = found.sorted();
        problems.forEach(diagnostics::add);
        if (problems.isEmpty()) {
            key.ifPresent(k -> cache.put(k, ByteBuffer.allocate(HEADER.length + Integer.BYTES).put(HEADER)
                    .putInt(verified).array()));
        }
        return verified;
    }

    /**
     * Everything the check's outcome follows from: the code, which sources are readings, each
     * quotation's id, reading and text in order, and the bytes of each reading's text that a
     * quotation is checked against (a text that is missing or cannot be read gives no key).
     */
    private static Optional<byte[]> key(Guide guide, Path textsDir) {
        Optional<byte[]> code = CodeFingerprint.of(List.of(VerifiedQuotes.class), List.of());
        if (code.isEmpty()) {
            return Optional.empty();
        }
        CacheKey key = CacheKey.of("quotations verified, 1").add(code.get());
        Set<String> readings = new TreeSet<>(guide.sources().stream().filter(Source::isReading).map(Source::id).toList());
        key.add(String.join("\n", readings));
        Set<String> used = new LinkedHashSet<>();
        for (Quote quote : guide.quotes()) {
            key.add(quote.id()).add(quote.source().id()).add(quote.text());
            if (!quote.text().isEmpty() && readings.contains(quote.source().id())) {
                used.add(quote.source().id());
            }
        }
        for (String reading : used) {
            Path file = textsDir.resolve(reading + ".txt");
            try {
                if (!Files.isRegularFile(file)) {
                    return Optional.empty();
                }
                key.add(reading).add(Files.readAllBytes(file));
            } catch (IOException | SecurityException e) {
                return Optional.empty();
            }
        }
        return Optional.of(key.digest());
    }

    /** The count a kept entry holds, or empty when it is no such entry. */
    private static Optional<Integer> count(byte[] entry) {
        if (entry.length != HEADER.length + Integer.BYTES || !Arrays.equals(entry, 0, HEADER.length, HEADER, 0,
                HEADER.length)) {
            return Optional.empty();
        }
        int count = ByteBuffer.wrap(entry, HEADER.length, Integer.BYTES).getInt();
        return count < 0 ? Optional.empty() : Optional.of(count);
    }
}
