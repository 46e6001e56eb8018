package org.studyguide.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studyguide.testing.BuiltGuide;
import org.studyguide.testing.GuideFixture;

/** Callouts, footnotes and essays in the PDFs: shown, with the essay outlines in a key and links kept inside. */
class StudyFeaturesPdfTest {
    private static final String FIRST = GuideFixture.FIRST.replace("---\n## Beginnings", """
            essays:
              - prompt: How much did the council matter?
                outline: Weigh its meetings against its results.
                points:
                  - Dates the council.
            ---
            ## Beginnings

            > [!CORRECTION]
            > The council met less often than the reading says.[^often]

            [^often]: Counted from the minutes.
            """);

    @TempDir
    static Path root;

    private static BuiltGuide built;

    @BeforeAll
    static void build() {
        built = GuideFixture.in(root).file("chapters/first.md", FIRST).build().assertClean();
    }

    @Test
    void theChapterPdfShowsTheCalloutItsFootnoteAndTheEssayOutlineInAKey() {
        PdfFile pdf = PdfFile.read(built.out().resolve("pdf/first.pdf"));
        String text = pdf.text();
        assertThat(text).contains("READING CRITICALLY", "The council met less often than the reading says.",
                "Counted from the minutes.", "Essay questions", "How much did the council matter?");
        assertThat(text.indexOf("Essay outlines")).isGreaterThan(text.indexOf("How much did the council matter?"));
        assertThat(text.substring(text.indexOf("Essay outlines")))
                .contains("Weigh its meetings against its results.", "Marking points", "Dates the council.");
        assertThat(text).doesNotContain("Show outline and marking points");
        assertThat(pdf.uris()).noneMatch(uri -> uri.contains("#fn"));
    }

    @Test
    void theWholeGuideKeepsEachChaptersFootnotesApart() {
        PdfFile guide = PdfFile.read(built.out().resolve("pdf/guide.pdf"));
        assertThat(guide.text()).contains("Counted from the minutes.", "Essay outlines");
        assertThat(guide.uris()).noneMatch(uri -> uri.contains("#fn"));
    }
}
