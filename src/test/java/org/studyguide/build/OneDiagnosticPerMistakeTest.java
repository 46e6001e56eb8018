package org.studyguide.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studyguide.diag.Diagnostic;
import org.studyguide.testing.BuiltGuide;
import org.studyguide.testing.GuideFixture;

/**
 * A missing or wrong value gives one diagnostic, where it was made, and no follow-on noise from the
 * stages after loading (such as a quotation's reading text looked up under an empty name).
 */
class OneDiagnosticPerMistakeTest {
    private static final String FIRST_SOURCE = "  source: reading-a\n  locator: paragraph 1\n";

    @TempDir
    Path root;

    /** The only diagnostic, warnings included, of the fixture guide with quotes.yml changed. */
    private Diagnostic onlyDiagnostic(String quotes) {
        BuiltGuide built = GuideFixture.in(root).file("quotes.yml", quotes).build();
        assertThat(built.result().diagnostics()).hasSize(1);
        return built.onlyPlainError();
    }

    private String where(Diagnostic d) {
        return BuiltGuide.where(root, d);
    }

    @Test
    void quotationWithoutSourceNamesTheQuotation() {
        assertThat(GuideFixture.QUOTES).contains(FIRST_SOURCE);
        Diagnostic d = onlyDiagnostic(GuideFixture.QUOTES.replace(FIRST_SOURCE, "  locator: paragraph 1\n"));
        assertThat(where(d)).isEqualTo("content/quotes.yml:1:3");
        assertThat(d.message()).isEqualTo("quotation 'first-quote' has no 'source'");
    }

    @Test
    void quotationWithEmptySource() {
        Diagnostic d = onlyDiagnostic(GuideFixture.QUOTES.replace(FIRST_SOURCE, "  source:\n  locator: paragraph 1\n"));
        assertThat(where(d)).isEqualTo("content/quotes.yml:3:10");
        assertThat(d.message()).isEqualTo("'source' is empty");
    }

    @Test
    void quotationWithUnknownSource() {
        Diagnostic d = onlyDiagnostic(GuideFixture.QUOTES.replace(FIRST_SOURCE,
                "  source: reading-b\n  locator: paragraph 1\n"));
        assertThat(where(d)).isEqualTo("content/quotes.yml:3:11");
        assertThat(d.message()).isEqualTo("unknown source 'reading-b'");
    }

    @Test
    void quotationWithoutText() {
        Diagnostic d = onlyDiagnostic(GuideFixture.QUOTES.replace("  text: \"The council met often.\"\n", ""));
        assertThat(where(d)).isEqualTo("content/quotes.yml:1:3");
        assertThat(d.message()).isEqualTo("quotation 'first-quote' has no 'text'");
    }

    @Test
    void chapterWithoutTitle() {
        BuiltGuide built = GuideFixture.in(root)
                .file("chapters/second.md", GuideFixture.SECOND.replace("title: Second chapter\n", "")).build();
        assertThat(built.result().diagnostics()).hasSize(1);
        Diagnostic d = built.onlyPlainError();
        assertThat(where(d)).isEqualTo("content/chapters/second.md:2:1");
        assertThat(d.message()).isEqualTo("front matter has no 'title'");
    }
}
