package org.studyguide.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studyguide.print.PrintPage;
import org.studyguide.testing.BuiltGuide;
import org.studyguide.testing.FileSizes;
import org.studyguide.testing.GeneratedGuide;

/**
 * Guides of 1,000 and 2,000 generated chapters (parts of 100): a chapter page stays under 40 KB and
 * a part's print page the same size, and the site's bytes grow about in proportion to the chapters
 * (the navigation's list of part titles grows with the parts up to its window of eleven).
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
        assertThat(FileSizes.largestIn(twoThousand.out().resolve("chapters"))).isLessThan(40 * 1024);
        assertThat(FileSizes.largestIn(twoThousand.out().resolve("chapters")) - FileSizes.largestIn(thousand.out().resolve("chapters")))
                .as("a chapter page barely grows with the guide").isLessThan(2 * 1024);
        // A part's print page holds that part's chapters only, whatever the size of the guide.
        assertThat(FileSizes.of(twoThousand.out().resolve(PrintPage.partFile(20))))
                .isLessThan(FileSizes.of(thousand.out().resolve(PrintPage.partFile(10))) * 11 / 10);
        assertThat(twoThousand.page(PrintPage.partFile(20)).select("article.chapter")).hasSize(PART_SIZE);
        // About twice the bytes; a little more, as a page's navigation names up to eleven parts (10 in the smaller guide).
        assertThat((double) FileSizes.under(twoThousand.out()) / FileSizes.under(thousand.out())).isBetween(1.9, 2.2);
    }
}
