package org.studyguide.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studyguide.render.ChapterNav;
import org.studyguide.testing.BuiltGuide;
import org.studyguide.testing.FileSizes;
import org.studyguide.testing.GeneratedGuide;
import org.studyguide.testing.GuideFixture;

/**
 * A large guide's pages do not each carry the whole chapter list: a chapter page stays small
 * however many chapters there are, the site grows in proportion to them, and the navigation still
 * reaches every chapter without JavaScript. A small guide keeps the full list on every page.
 */
class LinearNavigationTest {
    private static final int PART_SIZE = 80;
    private static final int MAX_CHAPTER_PAGE = 40 * 1024;

    @TempDir
    Path root;

    @Test
    void chapterPagesStaySmallAndTheSiteGrowsLinearly() {
        BuiltGuide small = generated(root.resolve("n"), 2 * PART_SIZE);
        BuiltGuide large = generated(root.resolve("2n"), 4 * PART_SIZE);
        long largestSmall = largestChapterPage(small);
        long largestLarge = largestChapterPage(large);
        assertThat(largestLarge).isLessThan(MAX_CHAPTER_PAGE);
        // Two more part titles in the navigation, nothing that grows with the chapters.
        assertThat(largestLarge - largestSmall).isLessThan(1024);
        // Twice the chapters: about twice the bytes (the whole list on every page gave about 3.5 times).
        assertThat((double) FileSizes.under(large.out()) / FileSizes.under(small.out())).isLessThan(2.2);
    }

    @Test
    void aLargeGuideListsTheCurrentPartAndLinksToTheRest() {
        BuiltGuide built = generated(root, 2 * PART_SIZE);
        Document page = built.page("chapters/c0120.html");
        assertThat(page.select("#chapter-list h2.part-title")).extracting(e -> e.text())
                .containsExactly("Part I: Part 1", "Part II: Part 2");
        assertThat(page.select("#chapter-list h2.part-title a").eachAttr("href")).containsExactly("../index.html#part-1");
        assertThat(page.select("#chapter-list li")).hasSize(ChapterNav.CHAPTER_WINDOW);
        // Chapter 120 is the 40th of part 2: the window starts 15 chapters before it.
        assertThat(page.select("#chapter-list ol").attr("start")).isEqualTo("25");
        assertThat(page.select("#chapter-list li a").first().text()).isEqualTo("Chapter 105");
        assertThat(page.select("#chapter-list [aria-current=page]").text()).isEqualTo("Chapter 120");
        assertThat(page.select("#chapter-list .chapters-all a").attr("href")).isEqualTo("../index.html");
        assertThat(page.select("#chapter-list .chapters-all").text()).isEqualTo("All 160 chapters, by part");
        Document home = built.page("index.html");
        assertThat(home.select("#part-2")).hasSize(1);
        assertThat(home.select(".chapter-list li")).hasSize(2 * PART_SIZE);
    }

    @Test
    void aSmallGuideListsEveryChapterOnEveryPage() {
        BuiltGuide built = GuideFixture.in(root).build().assertClean();
        for (String path : new String[] {"chapters/first.html", "glossary.html"}) {
            Document page = built.page(path);
            assertThat(page.select("#chapter-list li a").eachAttr("href")).hasSize(2);
            assertThat(page.select("#chapter-list h2.part-title a, #chapter-list ol[start], .chapters-all")).isEmpty();
        }
    }

    /** A guide of {@code count} chapters in parts of {@link #PART_SIZE}, each a few paragraphs long. */
    private static BuiltGuide generated(Path dir, int count) {
        return GeneratedGuide.of(dir, count, PART_SIZE).build();
    }

    private static long largestChapterPage(BuiltGuide built) {
        return FileSizes.largestIn(built.out().resolve("chapters"));
    }
}
