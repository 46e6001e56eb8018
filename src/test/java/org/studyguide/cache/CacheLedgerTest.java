package org.studyguide.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ledger of a cache folder's size: trim counts the folder only when the ledger says the entries
 * may be over the limit, or when its count is old or unreadable, and the count is then exact again.
 */
class CacheLedgerTest {
    private static final byte[] VALUE = new byte[1000];
    private static final long LIMIT = 3500;

    @TempDir
    Path dir;

    @Test
    void whileTheLedgerSaysTheEntriesFitTrimDeletesNothingAndCountsTheStoresIn() throws IOException {
        ContentCache first = cache();
        first.put(key("e0"), VALUE);
        first.put(key("e1"), VALUE);
        first.trim();
        long two = entryBytes();
        assertThat(Ledger.read(dir).orElseThrow().bytes()).isEqualTo(two);
        // A build that stored an entry and was killed before its trim: the ledger does not know it.
        cache().put(key("e2"), VALUE);

        ContentCache third = cache();
        third.put(key("e3"), VALUE);
        third.trim();

        assertThat(entries()).hasSize(4);
        assertThat(entryBytes()).isGreaterThan(LIMIT);
        assertThat(Ledger.read(dir).orElseThrow().bytes()).isEqualTo(two + two / 2);
    }

    @Test
    void aLedgerOverTheLimitOldOrDamagedMakesTrimCountTheFolderAndKeepItWithinTheLimit() throws IOException {
        for (Runnable ledger : List.<Runnable>of(
                () -> new Ledger(3000, Instant.now()).write(dir),
                () -> new Ledger(0, Instant.now().minus(Duration.ofHours(2))).write(dir),
                () -> new Ledger(0, Instant.now().plus(Duration.ofHours(2))).write(dir),
                () -> write("studyguide cache ledger 1\n12 oops\n"),
                () -> write(""))) {
            ContentCache unlimited = ContentCache.in(dir, true, Long.MAX_VALUE);
            for (String name : List.of("a", "b", "c", "d")) {
                unlimited.put(key(name), VALUE);
            }
            ledger.run();
            ContentCache last = cache();
            // Over the limit by the ledger's own count (the first case), or the ledger not trusted.
            last.put(key("e"), new byte[(int) LIMIT / 2]);

            last.trim();

            assertThat(entryBytes()).isLessThanOrEqualTo(LIMIT);
            assertThat(Ledger.read(dir).orElseThrow().bytes()).isEqualTo(entryBytes());
            for (Path entry : entries()) {
                Files.delete(entry);
            }
        }
    }

    private ContentCache cache() {
        return ContentCache.in(dir, true, LIMIT);
    }

    private void write(String text) {
        try {
            Files.writeString(dir.resolve(Ledger.FILE), text);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static byte[] key(String name) {
        return CacheKey.of("test").add(name).digest();
    }

    private List<Path> entries() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".entry")).toList();
        }
    }

    private long entryBytes() throws IOException {
        long total = 0;
        for (Path entry : entries()) {
            total += Files.size(entry);
        }
        return total;
    }
}
