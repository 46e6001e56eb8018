package org.studyguide.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studyguide.print.PrintPage;
import org.studyguide.testing.BuiltGuide;
import org.studyguide.testing.GeneratedGuide;
import org.studyguide.testing.GuideFixture;

/**
 * The pages are rendered and read on several threads, the print pages alongside other work, and
 * the checks run side by side; yet the report is the same at every build: each mistake once, at
 * the author's line, in the order of the files and of the checks, worded as found on the first page
 * that shows it (the chapter's own page, not the print page that shows the chapter again).
 */
class ParallelDiagnosticsTest {
    /** Over {@value PrintPage#ONE_PAGE_UP_TO}, so that the chapters are printed part by part. */
    private static final int CHAPTERS = 62;

    @TempDir
    Path root;

    @Test
    void eachChaptersMistakesAreReportedOnceInOrderAsOnItsOwnPage() {
        GuideFixture guide = GeneratedGuide.of(root, CHAPTERS, CHAPTERS / 2);
        for (int c = 1; c <= CHAPTERS; c++) {
            guide.file("chapters/" + GeneratedGuide.id(c) + ".md", GeneratedGuide.chapter(c, line(c) + "\n"));
        }
        BuiltGuide built = guide.build();

        List<String> expected = IntStream.rangeClosed(1, CHAPTERS).boxed().flatMap(c -> {
            String file = "content/chapters/" + GeneratedGuide.id(c) + ".md";
            String page = "this link, on page chapters/" + GeneratedGuide.id(c) + ".html, goes to ";
            return Stream.of(file + ":18:5 " + page + "'missing-" + c + ".html' but there is no file chapters/missing-"
                    + c + ".html in the site", file + ":18:" + (line(c).indexOf("[here]") + 1) + " " + page + "'#nowhere-" + c
                    + "' but the page has no element with id 'nowhere-" + c + "'");
        }).toList();
        assertThat(built.errors()).extracting(d -> BuiltGuide.where(root, d) + " " + d.message())
                .containsExactlyElementsOf(expected);
    }

    /** A line (the 18th of the chapter's file) with a link to a missing page and one to a missing anchor. */
    private static String line(int chapter) {
        return "See [the missing page](missing-" + chapter + ".html) and [here](#nowhere-" + chapter + ").";
    }
}
