package org.studyguide.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studyguide.print.PrintPage;
import org.studyguide.testing.BuiltGuide;
import org.studyguide.testing.GeneratedGuide;

/**
 * Guides of 1,000 and 2,000 generated chapters (parts of 100): a chapter page stays under 40 KB and
 * a part's print page the same size, and the site's bytes grow about in proportion to the chapters
 * (the navigation's list of part titles grows with the parts).
 */
class LargeGuideIT {
    private static final int PART_SIZE = 100;

    @TempDir
    Path root;

    @Test
    void pagesStaySmallAndTheSiteGrowsLinearly() {
        BuiltGuide thousand = GeneratedGuide.of(root.resolve("1000"), 1000, PART_SIZE).build();
        BuiltGuide twoThousand = GeneratedGuide.of(root.resolve("2000"), 2000, PART_SIZE).build();
        assertThat(thousand.errors()).isEmpty();
        assertThat(twoThousand.errors()).isEmpty();
        assertThat(largest(twoThousand.out().resolve("chapters"))).isLessThan(40 * 1024);
        assertThat(largest(twoThousand.out().resolve("chapters")) - largest(thousand.out().resolve("chapters")))
                .as("a chapter page barely grows with the guide").isLessThan(2 * 1024);
        // A part's print page holds that part's chapters only, whatever the size of the guide.
        assertThat(size(twoThousand.out().resolve(PrintPage.partFile(20))))
                .isLessThan(size(thousand.out().resolve(PrintPage.partFile(10))) * 11 / 10);
        assertThat(twoThousand.page(PrintPage.partFile(20)).select("article.chapter")).hasSize(PART_SIZE);
        // About twice the bytes; a little more, as every page's navigation names every part (20 against 10).
        assertThat((double) siteBytes(twoThousand.out()) / siteBytes(thousand.out())).isBetween(1.9, 2.2);
    }

    private static long largest(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.mapToLong(LargeGuideIT::size).max().orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long siteBytes(Path site) {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(Files::isRegularFile).mapToLong(LargeGuideIT::size).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
