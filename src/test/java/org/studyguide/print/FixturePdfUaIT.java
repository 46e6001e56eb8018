package org.studyguide.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studyguide.testing.BuiltGuide;
import org.studyguide.testing.GuideFixture;

/**
 * The fixture guide's PDFs (with the long second chapter of {@link PdfTypographyTest}) validated
 * by veraPDF against PDF/UA-1: tagged, with a title, a language, embedded fonts and tagged links.
 * An IT because veraPDF takes some seconds to start.
 */
class FixturePdfUaIT {
    @TempDir
    static Path root;

    @Test
    void everyPdfIsTaggedPdfUaWithoutAFailure() {
        BuiltGuide built = GuideFixture.in(root).file("chapters/second.md", PdfTypographyTest.LONG_CHAPTER)
                .build().assertClean();
        for (Path pdf : PdfTypographyTest.pdfs(built)) {
            assertThat(PdfUa.failures(pdf)).as(pdf.toString()).isEmpty();
        }
    }
}
