package org.studyguide.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studyguide.diag.Diagnostic;
import org.studyguide.model.Position;
import org.studyguide.testing.BuiltGuide;
import org.studyguide.testing.GuideFixture;
import org.studyguide.testing.SearchIndexFile;

/** Stances and essays in front matter: the themes page, the exam page, essays on chapter pages and in print. */
class ThemesAndExamTest {
    private static final String SECOND = """
            ---
            title: Second chapter
            summary: The second one.
            readings: [reading-a]
            questions:
              - question: Why did cooperation stall?
                answer: Because the PJC was only a channel.
            stances:
              reading-a: "Cooperation was *uneven*, see [[PJC]]."
            essays:
              - prompt: "How far did the PJC fail?"
                outline: |
                  1. What the PJC was for.
                  2. Why it stalled.
                points:
                  - Names the PJC.
                  - Judges the [[NRC]] too.
            ---
            ## Later

            Cooperation through the PJC is discussed in [[quote:second-quote]].
            """;
    private static final String SOURCES = GuideFixture.SOURCES + """
            - id: reading-b
              title: Reading B
              date: "2008"
              note: A sceptical view.
            - id: treaty
              kind: document
              title: The Treaty
              date: "1997-05-27"
            """;

    @TempDir
    Path root;

    private GuideFixture fixture(String second) {
        return GuideFixture.in(root).file("chapters/second.md", second).file("sources.yml", SOURCES);
    }

    @Test
    void theThemesPageHasARowPerChapterWithStancesAndAColumnPerReading() {
        BuiltGuide built = fixture(SECOND).build().assertClean();
        Document themes = built.page("themes.html");
        assertThat(themes.select("table.themes thead th")).extracting(Element::text)
                .containsExactly("Theme", "Reading A", "Reading B");
        assertThat(themes.select("table.themes tbody tr")).hasSize(1);
        Element row = themes.getElementById("theme-second");
        assertThat(row.select("th[scope=row] a").attr("href")).isEqualTo("chapters/second.html");
        Element readingA = row.selectFirst("td[data-label=Reading A]");
        assertThat(readingA.select(".themes-stance").text()).isEqualTo("Cooperation was uneven, see PJC.");
        assertThat(readingA.select(".themes-stance em").text()).isEqualTo("uneven");
        assertThat(readingA.select(".themes-quotes a").eachAttr("href")).containsExactly("quotes.html#second-quote");
        Element readingB = row.selectFirst("td[data-label=Reading B]");
        assertThat(readingB.hasClass("themes-silent")).isTrue();
        assertThat(readingB.text()).isEqualTo("The reading is silent on this theme.");
        assertThat(themes.select("nav.site-links a[href=themes.html]").attr("aria-current")).isEqualTo("page");
    }

    @Test
    void essaysFollowTheReviewQuestionsWithTheOutlineBehindADisclosure() {
        Document page = fixture(SECOND).build().assertClean().page("chapters/second.html");
        assertThat(page.select("article > section").eachAttr("class")).containsSubsequence("review", "essays");
        Element essay = page.getElementById("essay-1");
        assertThat(essay.select(".essay-prompt").text()).isEqualTo("How far did the PJC fail?");
        Element details = essay.selectFirst("details.essay-outline");
        assertThat(details.hasAttr("open")).isFalse();
        assertThat(details.select("summary").text()).isEqualTo("Show outline and marking points");
        assertThat(details.select("ol > li")).hasSize(2);
        assertThat(details.select("ul.essay-points > li")).extracting(Element::text)
                .containsExactly("Names the PJC.", "Judges the NRC too.");
    }

    @Test
    void theExamPageListsEveryQuestionAndEssayByChapter() {
        Document exam = fixture(SECOND).build().assertClean().page("exam.html");
        assertThat(exam.select("section.exam-chapter")).extracting(Element::id).containsExactly("exam-first", "exam-second");
        assertThat(exam.select("#exam-first .question").text()).isEqualTo("What is the NRC?");
        assertThat(exam.select("#exam-first details.answer").text()).contains("A council created in 2002.");
        assertThat(exam.select("#exam-second li#exam-second-q1 .question").text()).isEqualTo("Why did cooperation stall?");
        assertThat(exam.select("#exam-second li#exam-second-essay-1 .essay-prompt").text())
                .isEqualTo("How far did the PJC fail?");
        assertThat(exam.select("#exam-second h2 a").attr("href")).isEqualTo("chapters/second.html");
        assertThat(exam.select("nav.site-links a[href=exam.html]")).hasSize(1);
    }

    @Test
    void theNewPagesAreInTheSitemapAndSearch() throws Exception {
        BuiltGuide built = fixture(SECOND).build().assertClean();
        assertThat(Files.readString(built.out().resolve("sitemap.xml")))
                .contains("https://example.org/guide/themes.html", "https://example.org/guide/exam.html");
        SearchIndexFile index = SearchIndexFile.read(built.out());
        assertThat(index.documents()).anySatisfy(d -> {
            assertThat(d.url()).isEqualTo("themes.html#theme-second");
            assertThat(d.text()).isEqualTo("Reading A: Cooperation was uneven, see PJC.");
        });
        assertThat(index.documents()).anySatisfy(d -> {
            assertThat(d.kind()).isEqualTo("essay");
            assertThat(d.url()).isEqualTo("chapters/second.html#essay-1");
            assertThat(d.text()).isEqualTo("How far did the PJC fail?");
        });
    }

    @Test
    void inPrintTheOutlinesStayInThePageUnderPrefixedIds() {
        Document print = fixture(SECOND).build().assertClean().page("print.html");
        assertThat(print.select("#second-essay-1 details.essay-outline .essay-points li")).hasSize(2);
    }

    @Test
    void aGuideWithoutStancesOrQuestionsHasNeitherPageNorLink() {
        String first = GuideFixture.FIRST.replace("questions:\n  - question: What is the NRC?\n"
                + "    answer: A council created in 2002.\n", "");
        BuiltGuide built = GuideFixture.in(root).file("chapters/first.md", first).build().assertClean();
        assertThat(built.out().resolve("themes.html")).doesNotExist();
        assertThat(built.out().resolve("exam.html")).doesNotExist();
        assertThat(built.page("index.html").select("a[href=themes.html], a[href=exam.html]")).isEmpty();
    }

    @Test
    void anUnknownReadingInStancesIsAnErrorWithTheClosestReading() {
        BuiltGuide built = fixture(SECOND.replace("  reading-a: \"Coop", "  reading-c: \"Coop")).build();
        Diagnostic error = built.onlyError();
        assertThat(error.position()).isEqualTo(new Position(root.resolve("content/chapters/second.md"), 9, 3));
        assertThat(error.message()).isEqualTo("unknown source 'reading-c'");
        assertThat(error.hint()).hasValueSatisfying(h -> assertThat(h).startsWith("did you mean 'reading-"));
    }

    @Test
    void aDocumentInStancesIsAnError() {
        Diagnostic error = fixture(SECOND.replace("  reading-a: \"Coop", "  treaty: \"Coop")).build().onlyError();
        assertThat(error.position()).isEqualTo(new Position(root.resolve("content/chapters/second.md"), 9, 3));
        assertThat(error.message()).isEqualTo("'treaty' is a document, not a reading; stances are the readings' positions");
    }

    @Test
    void anEmptyOrRepeatedStanceIsAnError() {
        BuiltGuide built = fixture(SECOND.replace("  reading-a: \"Cooperation was *uneven*, see [[PJC]].\"",
                "  reading-a: \"\"\n  reading-b: One.\n  reading-b: Two.")).build();
        assertThat(built.errors()).extracting(Diagnostic::message).containsExactly(
                "the value of 'reading-a' in 'stances' is empty", "key 'reading-b' is given twice in this mapping");
        assertThat(built.errors()).extracting(d -> d.position().line()).containsExactly(9, 11);
    }

    @Test
    void aDocumentAsAChaptersReadingIsAnError() {
        Diagnostic error = fixture(SECOND.replace("readings: [reading-a]", "readings: [reading-a, treaty]")).build()
                .onlyError();
        assertThat(error.position()).isEqualTo(new Position(root.resolve("content/chapters/second.md"), 4, 23));
        assertThat(error.message()).isEqualTo(
                "'treaty' is a document, not a reading; a chapter's readings are the readings it covers");
    }

    @Test
    void anEssayWithoutAPromptOrWithAnUnknownKeyIsAnError() {
        BuiltGuide built = fixture(SECOND.replace("  - prompt: \"How far did the PJC fail?\"\n    outline:",
                "  - promt: \"How far did the PJC fail?\"\n    outline:")).build();
        assertThat(built.errors()).extracting(Diagnostic::message)
                .containsExactlyInAnyOrder("unknown key 'promt' in essay entry", "essay entry has no 'prompt'");
        Diagnostic unknown = built.errors().stream().filter(d -> d.message().startsWith("unknown")).findFirst().get();
        assertThat(unknown.position()).isEqualTo(new Position(root.resolve("content/chapters/second.md"), 11, 5));
        assertThat(unknown.hint()).contains("did you mean 'prompt'?");
    }
}
