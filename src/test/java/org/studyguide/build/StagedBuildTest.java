package org.studyguide.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studyguide.testing.BuiltGuide;
import org.studyguide.testing.GuideFixture;

/**
 * A build writes its pages into the staging folder as it renders them; when the check stage then
 * finds a problem, the previous site is left exactly as it was and the staging folder is gone.
 */
class StagedBuildTest {
    @TempDir
    Path root;

    @Test
    void aBuildThatFailsAfterItsPagesWereWrittenLeavesThePreviousSiteAndNoStagingFolder() {
        GuideFixture fixture = GuideFixture.in(root);
        fixture.build().assertClean();
        SortedMap<String, String> before = contents(fixture.out());
        List<String> besideBefore = names(fixture.out().getParent());

        BuiltGuide failed = GuideFixture.in(root)
                .file("chapters/second.md", GuideFixture.SECOND + "\nSee [the missing page](missing.html).\n")
                .build();

        assertThat(failed.result().published()).isFalse();
        assertThat(failed.errors()).singleElement().satisfies(d -> assertThat(d.message()).contains("missing.html"));
        assertThat(contents(fixture.out())).isEqualTo(before);
        assertThat(names(fixture.out().getParent())).isEqualTo(besideBefore);
    }

    @Test
    void aBuildIntoANewFolderLeavesOnlyThatFolder() {
        GuideFixture fixture = GuideFixture.in(root).writeFiles();
        List<String> beside = names(fixture.out().getParent());
        fixture.build().assertClean();
        assertThat(names(fixture.out().getParent())).containsExactlyInAnyOrderElementsOf(
                Stream.concat(beside.stream(), Stream.of(fixture.out().getFileName().toString())).toList());
        assertThat(fixture.out().resolve("chapters/second.html")).isRegularFile();
    }

    /** Each file's content hash and time of last change. */
    private static SortedMap<String, String> contents(Path site) {
        try (Stream<Path> files = Files.walk(site)) {
            SortedMap<String, String> sizes = new TreeMap<>();
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                sizes.put(site.relativize(file).toString(), Arrays.hashCode(Files.readAllBytes(file)) + " "
                        + Files.getLastModifiedTime(file));
            }
            return sizes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> names(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
