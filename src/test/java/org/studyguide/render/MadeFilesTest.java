package org.studyguide.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studyguide.cache.ContentCache;

/**
 * Files made from a model of their own: taken from the cache while the model is the same, made
 * again when it changes, and never taken from an entry that is damaged or another file's.
 */
class MadeFilesTest {
    private static final Optional<byte[]> CODE = Optional.of("code".getBytes(StandardCharsets.UTF_8));

    @TempDir
    Path root;

    private final List<String> made = new ArrayList<>();

    @Test
    void theSameModelTakesTheFileFromTheCache() {
        MadeFiles first = files();
        MadeFiles second = files();

        byte[] before = first.of("a.js", List.of("x", new Views.Link("/a.html", "A")), maker("a.js", "one"));
        byte[] after = second.of("a.js", List.of("x", new Views.Link("/a.html", "A")), maker("a.js", "two"));

        assertThat(new String(after, StandardCharsets.UTF_8)).isEqualTo("one");
        assertThat(after).isEqualTo(before);
        assertThat(made).containsExactly("a.js");
        assertThat(second.found()).isEqualTo(1);
    }

    @Test
    void aChangedModelOrAnotherFileOrOtherCodeMakesTheFileAgain() {
        files().of("a.js", List.of("x"), maker("a.js", "one"));

        assertThat(text(files().of("a.js", List.of("y"), maker("a.js", "two")))).isEqualTo("two");
        assertThat(text(files().of("b.js", List.of("x"), maker("b.js", "three")))).isEqualTo("three");
        MadeFiles otherCode = new MadeFiles(ContentCache.in(cache(), true), Optional.of(new byte[] {1}));
        assertThat(text(otherCode.of("a.js", List.of("x"), maker("a.js", "four")))).isEqualTo("four");
        assertThat(made).containsExactly("a.js", "a.js", "b.js", "a.js");
    }

    @Test
    void withoutACacheOrAModelItCannotVouchForTheFileIsMadeEveryTime() {
        MadeFiles none = new MadeFiles(ContentCache.none(), CODE);
        none.of("a.js", List.of("x"), maker("a.js", "one"));
        none.of("a.js", List.of("x"), maker("a.js", "one"));
        // A value that is not a view: what a template or a maker sees of it is not known.
        files().of("b.js", List.of(new StringBuilder("x")), maker("b.js", "two"));
        files().of("b.js", List.of(new StringBuilder("x")), maker("b.js", "two"));

        assertThat(made).containsExactly("a.js", "a.js", "b.js", "b.js");
        assertThat(cache()).doesNotExist();
    }

    @Test
    void aDamagedOrForeignEntryIsNotTrusted() throws IOException {
        files().of("a.js", List.of("x"), maker("a.js", "one"));
        files().of("b.js", List.of("x"), maker("b.js", "two"));
        ContentCache store = ContentCache.in(cache(), true);
        List<byte[]> keys = keys();
        byte[] first = store.get(keys.get(0)).orElseThrow();
        byte[] second = store.get(keys.get(1)).orElseThrow();
        // Sound as the content cache sees them (key and checksum right), but each holds the other's file.
        store.put(keys.get(0), second);
        store.put(keys.get(1), first);

        assertThat(text(files().of("a.js", List.of("x"), maker("a.js", "one")))).isEqualTo("one");
        assertThat(text(files().of("b.js", List.of("x"), maker("b.js", "two")))).isEqualTo("two");
        for (byte[] damaged : List.of(java.util.Arrays.copyOf(first, first.length - 1), new byte[0],
                "not a file".getBytes(StandardCharsets.UTF_8))) {
            keys().forEach(key -> store.put(key, damaged));
            assertThat(text(files().of("a.js", List.of("x"), maker("a.js", "one")))).isEqualTo("one");
        }
        assertThat(made).containsExactly("a.js", "b.js", "a.js", "b.js", "a.js", "a.js", "a.js");
    }

    private MadeFiles files() {
        return new MadeFiles(ContentCache.in(cache(), true), CODE);
    }

    private Supplier<byte[]> maker(String path, String text) {
        return () -> {
            made.add(path);
            return text.getBytes(StandardCharsets.UTF_8);
        };
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private Path cache() {
        return root.resolve("cache");
    }

    private List<byte[]> keys() throws IOException {
        try (Stream<Path> files = Files.list(cache())) {
            return files.map(f -> f.getFileName().toString()).filter(name -> name.endsWith(".entry")).sorted()
                    .map(name -> HexFormat.of().parseHex(name.replace(".entry", ""))).toList();
        }
    }
}
