package org.studyguide.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studyguide.diag.Diagnostic;
import org.studyguide.model.Position;
import org.studyguide.testing.BuiltGuide;
import org.studyguide.testing.GuideFixture;

/** Quotation verification as part of a build: counted when found, an error at the quotation when not. */
class QuoteVerificationBuildTest {
    private static final String READING = """
            A made-up reading. The council met often.
            Co-
            operation was
            uneven.2 Nothing else happened.
            """;

    @TempDir
    Path root;

    @Test
    void quotationsFoundInTheirReadingAreCountedAsVerified() {
        BuiltGuide built = GuideFixture.in(root).readingText("reading-a", READING).build().assertClean();
        assertThat(built.result().verified()).contains(2);
    }

    @Test
    void aQuotationNotInItsReadingIsAnErrorAtItsText() {
        BuiltGuide built = GuideFixture.in(root)
                .file("quotes.yml", GuideFixture.QUOTES.replace("The council met often.", "The council met rarely."))
                .readingText("reading-a", READING).build();
        Diagnostic d = built.onlyError();
        assertThat(root.relativize(d.position().file()) + ":" + d.position().line() + ":" + d.position().column())
                .isEqualTo("content/quotes.yml:2:9");
        assertThat(d.message()).isEqualTo("quotation 'first-quote' is not found in reading-a.txt");
        assertThat(d.hint().orElseThrow())
                .contains("the quotation has 'met rarely.' where the reading has 'met often.")
                .contains("the closest passage is: \"The council met often.");
        assertThat(built.result().published()).isFalse();
    }

    @Test
    void withoutTextsNothingIsVerifiedAndAWarningSaysHowToVerify() {
        BuiltGuide built = GuideFixture.in(root).withoutReadingText("reading-a").build();
        assertThat(built.result().verified()).isEmpty();
        Diagnostic warning = built.warnings().get(0);
        assertThat(built.warnings()).hasSize(1);
        String before = GuideFixture.GUIDE.substring(0, GuideFixture.GUIDE.indexOf("sourceTexts: ../texts"));
        int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
        assertThat(warning.position()).as("at the value of sourceTexts").isEqualTo(new Position(
                built.out().resolveSibling("content/guide.yml"), line, "sourceTexts: ".length() + 1));
        assertThat(warning.message()).startsWith("the quotations were not verified: the sourceTexts folder")
                .endsWith("texts does not exist");
        assertThat(warning.hint().orElseThrow()).contains("--sources DIR", "sourceTexts: DIR");
        BuiltGuide.assertPlainWords(warning);
    }

    @Test
    void withoutSourceTextsInGuideFileAWarningSaysHowToVerify() {
        BuiltGuide built = GuideFixture.in(root).file("guide.yml",
                GuideFixture.GUIDE.replace("sourceTexts: ../texts\n", "")).withoutReadingText("reading-a").build();
        assertThat(built.warnings()).singleElement().satisfies(w -> assertThat(w.message())
                .isEqualTo("the quotations were not verified: no texts of the readings were given"));
    }

    @Test
    void aReadingWithoutTextIsAWarning() {
        BuiltGuide built = GuideFixture.in(root).withoutReadingText("reading-a")
                .readingText("other-reading", "Unrelated.").build();
        assertThat(built.errors()).isEmpty();
        assertThat(built.warnings()).isNotEmpty().allSatisfy(w -> assertThat(w.message())
                .startsWith("no text for this reading at"));
    }
}
