package org.studyguide.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studyguide.testing.BuiltGuide;
import org.studyguide.testing.GuideFixture;

/** People and explained quotations in the PDFs: the appendix lists the people a chapter names; explanations print open. */
class PeoplePdfTest {
    @TempDir
    static Path root;

    private static BuiltGuide built;

    @BeforeAll
    static void build() {
        built = GuideFixture.in(root)
                .file("people.yml", """
                        - id: smith-anna
                          name: Anna Smith
                          group: nato
                          roles: ["Chair of the council, 2002–2004"]
                          description: She chaired its first meetings.
                        """)
                .file("chapters/first.md", GuideFixture.FIRST.replace("The NRC met often.",
                        "The NRC met often, chaired by Anna Smith."))
                .file("quotes.yml", GuideFixture.QUOTES.replace("  terms: [NRC]\n",
                        "  terms: [NRC]\n  explanation: Evidence that meetings had become routine.\n"))
                .build().assertClean();
    }

    private static String text(String path) {
        return PdfFile.read(built.out().resolve(path)).text();
    }

    @Test
    void aChapterPdfListsThePeopleItNamesInItsAppendix() {
        String text = text("pdf/first.pdf");
        String appendix = text.substring(text.indexOf("Appendix: terms, people and readings"));
        assertThat(appendix).contains("People", "Anna Smith", "Chair of the council, 2002–2004",
                "She chaired its first meetings.");
        assertThat(text("pdf/second.pdf")).contains("Appendix: terms and readings").doesNotContain("Anna Smith");
    }

    @Test
    void theWholeGuidePdfListsEveryPerson() {
        String text = text("pdf/guide.pdf");
        assertThat(text.substring(text.indexOf("Appendix: glossary, people and readings")))
                .contains("Anna Smith", "She chaired its first meetings.");
    }

    @Test
    void anExplanationPrintsOpenUnderItsQuotation() {
        String text = text("pdf/first.pdf");
        assertThat(text.indexOf("What this quotation shows")).isGreaterThan(text.indexOf("The council met often."));
        assertThat(text).contains("Evidence that meetings had become routine.");
    }
}
