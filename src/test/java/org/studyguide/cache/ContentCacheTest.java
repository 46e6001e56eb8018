package org.studyguide.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The content-addressed store: sound entries come back, anything else is ignored, never trusted. */
class ContentCacheTest {
    @TempDir
    Path dir;

    private static byte[] key(String name) {
        return CacheKey.of("test").add(name).digest();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aStoredValueComesBackUnderItsKeyOnly() {
        ContentCache cache = ContentCache.in(dir, true);
        cache.put(key("a"), bytes("alpha"));
        assertThat(cache.get(key("a"))).hasValueSatisfying(v -> assertThat(v).isEqualTo(bytes("alpha")));
        assertThat(cache.get(key("b"))).isEmpty();
        assertThat(cache.hits()).isEqualTo(1);
        assertThat(cache.stores()).isEqualTo(1);
        assertThat(ContentCache.in(dir, true).get(key("a"))).isPresent();
    }

    @Test
    void keysOfDifferentFieldsNeverMeet() {
        assertThat(CacheKey.of("k").add("ab").add("c").digest())
                .isNotEqualTo(CacheKey.of("k").add("a").add("bc").digest());
        assertThat(CacheKey.of("pdf").add("x").digest()).isNotEqualTo(CacheKey.of("pdf book").add("x").digest());
    }

    @Test
    void truncatedAlteredOrForeignEntriesAreIgnoredAndReplacedByTheNextStore() throws Exception {
        ContentCache cache = ContentCache.in(dir, true);
        for (String name : List.of("cut", "flipped", "foreign", "garbage")) {
            cache.put(key(name), bytes("value of " + name));
        }
        Path cut = cache.entry(key("cut"));
        Files.write(cut, java.util.Arrays.copyOf(Files.readAllBytes(cut), (int) Files.size(cut) - 3));
        Path flipped = cache.entry(key("flipped"));
        byte[] content = Files.readAllBytes(flipped);
        content[content.length - 2] ^= 1;
        Files.write(flipped, content);
        Files.copy(cache.entry(key("cut")), cache.entry(key("foreign")), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(cache.entry(key("garbage")), "not an entry");

        ContentCache later = ContentCache.in(dir, true);
        for (String name : List.of("cut", "flipped", "foreign", "garbage")) {
            assertThat(later.get(key(name))).as(name).isEmpty();
            later.put(key(name), bytes("value of " + name));
            assertThat(later.get(key(name))).as(name).hasValueSatisfying(v -> assertThat(v).isEqualTo(bytes("value of " + name)));
        }
    }

    @Test
    void anEntryCopiedUnderAnotherKeyIsNotTrusted() throws Exception {
        ContentCache cache = ContentCache.in(dir, true);
        cache.put(key("real"), bytes("real value"));
        Files.copy(cache.entry(key("real")), cache.entry(key("other")));
        assertThat(cache.get(key("other"))).isEmpty();
        assertThat(cache.get(key("real"))).isPresent();
    }

    @Test
    void aReadOnlyCacheReadsButWritesNothing() throws Exception {
        ContentCache.in(dir, true).put(key("a"), bytes("alpha"));
        Path fresh = dir.resolve("fresh");
        ContentCache readOnly = ContentCache.in(fresh, false);
        readOnly.put(key("a"), bytes("alpha"));
        readOnly.trim();
        assertThat(fresh).doesNotExist();
        assertThat(ContentCache.in(dir, false).get(key("a"))).isPresent();
    }

    @Test
    void aFolderThatCannotBeUsedTurnsTheCacheOffWithoutFailing() throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "not a folder");
        ContentCache cache = ContentCache.in(file, true);
        cache.put(key("a"), bytes("alpha"));
        cache.trim();
        assertThat(cache.get(key("a"))).isEmpty();
        assertThat(cache.stores()).isZero();
        assertThat(Files.readString(file)).isEqualTo("not a folder");
        assertThat(ContentCache.none().get(key("a"))).isEmpty();
    }

    @Test
    void trimDeletesTheLeastRecentlyUsedEntriesAndAbandonedTemporaryFilesButNothingElse() throws Exception {
        byte[] value = new byte[1000];
        ContentCache cache = ContentCache.in(dir, true, 3500);
        Instant now = Instant.now();
        for (int i = 0; i < 4; i++) {
            cache.put(key("e" + i), value);
            Files.setLastModifiedTime(cache.entry(key("e" + i)), FileTime.from(now.minus(Duration.ofMinutes(10 - i))));
        }
        assertThat(cache.get(key("e0"))).isPresent(); // used now: the most recent
        Path abandoned = Files.writeString(dir.resolve("writing-123.tmp"), "half");
        Files.setLastModifiedTime(abandoned, FileTime.from(now.minus(Duration.ofHours(2))));
        Path writing = Files.writeString(dir.resolve("writing-456.tmp"), "being written");
        Path notOurs = Files.writeString(dir.resolve("notes.txt"), "someone's file");

        cache.trim();

        assertThat(cache.get(key("e1"))).isEmpty();
        assertThat(cache.get(key("e0"))).isPresent();
        assertThat(cache.get(key("e2"))).isPresent();
        assertThat(cache.get(key("e3"))).isPresent();
        assertThat(abandoned).doesNotExist();
        assertThat(writing).exists();
        assertThat(notOurs).exists();
    }

    @Test
    void writersAndReadersAtTheSameTimeNeverSeeHalfAnEntry() throws Exception {
        byte[] value = new byte[200_000];
        new java.util.Random(7).nextBytes(value);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Optional<byte[]>>>> readers = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                readers.add(pool.submit(() -> {
                    ContentCache cache = ContentCache.in(dir, true);
                    List<Optional<byte[]>> seen = new ArrayList<>();
                    for (int i = 0; i < 25; i++) {
                        cache.put(key("shared"), value);
                        seen.add(cache.get(key("shared")));
                    }
                    return seen;
                }));
            }
            for (Future<List<Optional<byte[]>>> reader : readers) {
                assertThat(reader.get()).allSatisfy(seen -> assertThat(seen).hasValueSatisfying(
                        v -> assertThat(v).isEqualTo(value)));
            }
        } finally {
            pool.shutdownNow();
        }
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString()).toList()).singleElement().asString().endsWith(".entry");
        }
    }
}
