package org.studyguide.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Which parts and chapters each page's navigation shows, below and above the full-list limit. */
class ChapterNavTest {
    private static final int LIMIT = ChapterNav.FULL_LIST_LIMIT;
    private static final int CHAPTERS = ChapterNav.CHAPTER_WINDOW;
    private static final int PARTS = ChapterNav.PART_WINDOW;

    @Test
    void aSmallGuideShowsEveryChapterOnEveryPage() {
        ChapterNav nav = new ChapterNav(parts(LIMIT / 2, LIMIT / 2));
        for (String path : List.of("/chapters/p1c1.html", "/glossary.html")) {
            ChapterNav.Shown shown = nav.forPage(path);
            assertThat(shown.abridged()).isFalse();
            assertThat(shown.parts()).allMatch(ChapterNav.ShownPart::listed).allMatch(p -> p.start() == 1);
            assertThat(shown.parts().stream().mapToInt(p -> p.chapters().size()).sum()).isEqualTo(LIMIT);
        }
    }

    @Test
    void aLargeGuideListsOnlyTheCurrentPartsChapters() {
        ChapterNav.Shown shown = new ChapterNav(parts(20, 20, 20, 20)).forPage("/chapters/p3c5.html");
        assertThat(shown.abridged()).isTrue();
        assertThat(shown.chapterCount()).isEqualTo(80);
        assertThat(shown.parts()).extracting(ChapterNav.ShownPart::listed).containsExactly(false, false, true, false);
        assertThat(shown.parts().get(2).chapters()).hasSize(20);
        assertThat(shown.parts()).extracting(ChapterNav.ShownPart::url)
                .containsExactly("/index.html#part-1", "/index.html#part-2", "/index.html#part-3", "/index.html#part-4");
    }

    @Test
    void aLongPartIsCutToAWindowAroundTheCurrentChapter() {
        ChapterNav nav = new ChapterNav(parts(1000));
        ChapterNav.ShownPart middle = nav.forPage("/chapters/p1c500.html").parts().get(0);
        assertThat(middle.chapters()).hasSize(CHAPTERS);
        assertThat(middle.start()).isEqualTo(500 - CHAPTERS / 2);
        assertThat(middle.chapters().get(500 - middle.start()).url()).isEqualTo("/chapters/p1c500.html");
        ChapterNav.ShownPart first = nav.forPage("/chapters/p1c1.html").parts().get(0);
        assertThat(first.start()).isEqualTo(1);
        assertThat(first.chapters()).hasSize(CHAPTERS);
        ChapterNav.ShownPart last = nav.forPage("/chapters/p1c1000.html").parts().get(0);
        assertThat(last.start()).isEqualTo(1000 - CHAPTERS + 1);
        assertThat(last.chapters().get(CHAPTERS - 1).url()).isEqualTo("/chapters/p1c1000.html");
    }

    @Test
    void manyPartsAreCutToAWindowAroundTheCurrentPart() {
        int[] sizes = IntStream.generate(() -> 1).limit(1000).toArray();
        ChapterNav nav = new ChapterNav(parts(sizes));
        List<ChapterNav.ShownPart> around = nav.forPage("/chapters/p700c1.html").parts();
        assertThat(around).hasSize(PARTS);
        assertThat(around).filteredOn(ChapterNav.ShownPart::listed).singleElement()
                .satisfies(p -> assertThat(p.title()).isEqualTo("Part 700"));
        // The current part in the middle of its window, five titles either side.
        assertThat(around.get(PARTS / 2).title()).isEqualTo("Part 700");
        assertThat(around.get(0).title()).isEqualTo("Part " + (700 - PARTS / 2));
        List<ChapterNav.ShownPart> atTheEnd = nav.forPage("/chapters/p1000c1.html").parts();
        assertThat(atTheEnd).hasSize(PARTS);
        assertThat(atTheEnd.get(PARTS - 1).title()).isEqualTo("Part 1000");
        List<ChapterNav.ShownPart> elsewhere = nav.forPage("/glossary.html").parts();
        assertThat(elsewhere).hasSize(PARTS).noneMatch(ChapterNav.ShownPart::listed);
        assertThat(elsewhere.get(0).title()).isEqualTo("Part 1");
    }

    /** Parts of the given sizes; chapter c of part p is at /chapters/p{p}c{c}.html, counting from 1. */
    private static List<Views.NavPart> parts(int... sizes) {
        List<Views.NavPart> parts = new ArrayList<>();
        for (int p = 1; p <= sizes.length; p++) {
            int part = p;
            parts.add(new Views.NavPart(RomanNumerals.of(p), "Part " + p, IntStream.rangeClosed(1, sizes[p - 1])
                    .mapToObj(c -> new Views.NavChapter("p" + part + "c" + c, "Chapter " + c,
                            "/chapters/p" + part + "c" + c + ".html", ""))
                    .toList()));
        }
        return parts;
    }
}
