package org.studyguide.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studyguide.diag.Diagnostic;
import org.studyguide.model.Position;
import org.studyguide.testing.BuiltGuide;
import org.studyguide.testing.GuideFixture;

/** {@code kind: document} sources: cited like readings, listed apart, never quoted, never verified. */
class DocumentSourcesTest {
    static final String SOURCES = GuideFixture.SOURCES + """
            - id: founding-act
              kind: document
              title: The Founding Act
              issuer: NATO and Russia
              venue: Signed in Paris
              date: "1997-05-27"
              url: https://example.org/act
            - id: bare-report
              kind: document
              title: A Report
              date: 2009
            """;
    private static final String SECOND = GuideFixture.SECOND + "\nThe Act was signed in 1997 ([[source:founding-act]]).\n";

    @TempDir
    Path root;

    private GuideFixture fixture() {
        return GuideFixture.in(root).file("sources.yml", SOURCES).file("chapters/second.md", SECOND);
    }

    @Test
    void theBibliographyListsReadingsThenDocumentsWithBacklinks() {
        Document page = fixture().build().assertClean().page("sources.html");
        assertThat(page.select("section.source-group > h2")).extracting(Element::text)
                .containsExactly("The readings", "Documents cited beyond the readings");
        assertThat(page.select("section.source-group").get(0).select("article.source").eachAttr("id"))
                .containsExactly("reading-a");
        Element act = page.getElementById("founding-act");
        assertThat(act.closest("section").selectFirst("h2").text()).isEqualTo("Documents cited beyond the readings");
        assertThat(act.select(".bibliography").text()).isEqualTo(
                "NATO and Russia. Signed in Paris, 1997-05-27. https://example.org/act");
        assertThat(act.select(".backlinks a").eachAttr("href")).containsExactly("chapters/second.html");
        assertThat(page.getElementById("bare-report").select(".note")).isEmpty();
        assertThat(page.select(".bibliography-export a").eachAttr("href")).containsExactly("sources.bib", "sources.json");
    }

    @Test
    void aCitationOfADocumentLinksToItsEntry() {
        Document chapter = fixture().build().assertClean().page("chapters/second.html");
        assertThat(chapter.select(".chapter-body a.ref-source").attr("href")).isEqualTo("../sources.html#founding-act");
        assertThat(chapter.select(".chapter-body a.ref-source").text()).isEqualTo("The Founding Act");
    }

    @Test
    void theQuizOffersOnlyReadingsAsAnswers() {
        Document quiz = fixture().build().assertClean().page("quiz.html");
        assertThat(quiz.select(".quiz-readings li").eachAttr("data-reading")).containsExactly("reading-a");
    }

    @Test
    void documentsNeedNoTextWhenQuotationsAreVerified() {
        BuiltGuide built = fixture()
                .readingText("reading-a", "The council met often. Later on, Cooperation was uneven.").build();
        built.assertClean();
        assertThat(built.result().verified()).contains(2);
    }

    @Test
    void aQuotationFromADocumentIsAnError() {
        String quotes = GuideFixture.QUOTES.replace("  source: reading-a\n  locator: paragraph 2",
                "  source: founding-act\n  locator: paragraph 2");
        Diagnostic error = fixture().file("quotes.yml", quotes).build().onlyError();
        assertThat(error.position()).isEqualTo(new Position(root.resolve("content/quotes.yml"), 9, 11));
        assertThat(error.message()).isEqualTo(
                "'founding-act' is a document, not a reading; a quotation comes from one of the readings");
        assertThat(error.hint()).contains("name one of the readings: reading-a");
    }

    @Test
    void anUnknownKindIsAnErrorWithTheClosestKind() {
        Diagnostic error = fixture().file("sources.yml", SOURCES.replace("kind: document\n  title: A Report",
                "kind: documents\n  title: A Report")).build().onlyError();
        assertThat(error.position()).isEqualTo(new Position(root.resolve("content/sources.yml"), 15, 9));
        assertThat(error.message()).isEqualTo("unknown source kind 'documents'");
        assertThat(error.hint()).contains("did you mean 'document'?");
    }

    @Test
    void aReadingStillNeedsItsNote() {
        Diagnostic error = fixture().file("sources.yml", SOURCES.replace("  note: A cautiously optimistic view.\n", ""))
                .build().onlyError();
        assertThat(error.message()).isEqualTo("source entry has no 'note'");
    }
}
