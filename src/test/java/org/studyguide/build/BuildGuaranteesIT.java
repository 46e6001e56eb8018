package org.studyguide.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studyguide.testing.BuiltGuide;
import org.studyguide.testing.GuideFixture;

/** The promises a build makes about its output: all or nothing, and the same bytes every time. */
class BuildGuaranteesIT {
    @TempDir
    Path root;

    @Test
    void aFailedBuildLeavesThePreviousSiteExactlyAsItWas() throws IOException {
        GuideFixture fixture = GuideFixture.in(root);
        fixture.build().assertClean();
        Map<String, byte[]> before = snapshot(fixture.out());

        BuiltGuide failed = fixture.file("chapters/first.md", GuideFixture.FIRST.replace("[[event:council-2002]]",
                "[[event:council-2020]]")).build();

        assertThat(failed.errors()).isNotEmpty();
        assertThat(failed.result().published()).isFalse();
        assertThat(snapshot(fixture.out())).usingRecursiveComparison().isEqualTo(before);
        try (Stream<Path> siblings = Files.list(root)) {
            assertThat(siblings.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("content", "texts", "site");
        }
    }

    @Test
    void twoBuildsOfTheSameInputAreByteIdentical() throws IOException {
        GuideFixture first = GuideFixture.in(root.resolve("a"));
        GuideFixture second = GuideFixture.in(root.resolve("b"));
        first.build().assertClean();
        second.build().assertClean();
        Map<String, byte[]> a = snapshot(first.out());
        Map<String, byte[]> b = snapshot(second.out());
        assertThat(a.keySet()).isEqualTo(b.keySet()).contains("index.html", "chapters/first.html");
        a.forEach((path, bytes) -> assertThat(b.get(path)).as(path).isEqualTo(bytes));
    }

    @Test
    void aSuccessfulRebuildRemovesPagesThatNoLongerExist() throws IOException {
        GuideFixture fixture = GuideFixture.in(root);
        fixture.build().assertClean();
        assertThat(fixture.out().resolve("chapters/second.html")).exists();
        fixture.file("guide.yml", GuideFixture.GUIDE.replace("chapters: [second]", "chapters: []"))
                .without("chapters/second.md")
                .file("chapters/first.md", GuideFixture.FIRST.replace("[[chapter:second|the next chapter]]", "more")
                        + "\n[[quote:second-quote]]\n")
                .build();
        assertThat(fixture.out().resolve("chapters/second.html")).doesNotExist();
        assertThat(fixture.out().resolve("chapters/first.html")).exists();
    }

    static Map<String, byte[]> snapshot(Path dir) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(file).toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }
}
