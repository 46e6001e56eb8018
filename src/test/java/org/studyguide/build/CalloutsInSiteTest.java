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
import org.studyguide.testing.SearchIndexFile;

/** Callouts and footnotes through a whole build: chapter page, answers, print page, search, diagnostics. */
class CalloutsInSiteTest {
    private static final String FIRST = """
            ---
            title: First chapter
            summary: The first one.
            readings: [reading-a]
            questions:
              - question: What is the NRC?
                answer: |
                  A council created in 2002.[^q]

                  [^q]: See the reading.
            ---
            ## Beginnings

            The NRC replaced the PJC in 2002.[^when]

            ![[quote:first-quote]]

            > [!CORRECTION] What the reading leaves out
            > The council met often, says [[source:reading-a]]; it met *rarely* after 2014.

            > [!EXAM]
            > Quote the council's founding date.

            [^when]: [[event:council-2002]], and [[chapter:second]].
            """;

    @TempDir
    Path root;

    private BuiltGuide build(String first) {
        return GuideFixture.in(root).file("chapters/first.md", first).build();
    }

    @Test
    void calloutsAreNamedAsidesInTheChapter() {
        Document page = build(FIRST).assertClean()
                .page("chapters/first.html");
        Element correction = page.selectFirst(".chapter-body aside.callout.callout--correction");
        assertThat(correction.attr("role")).isEqualTo("note");
        Element title = page.getElementById(correction.attr("aria-labelledby"));
        assertThat(title.text()).isEqualTo("What the reading leaves out");
        assertThat(correction.select("a.ref-source").attr("href")).isEqualTo("../sources.html#reading-a");
        assertThat(correction.select("em").text()).isEqualTo("rarely");
        assertThat(page.select("aside.callout--exam .callout-title").text()).isEqualTo("Exam tip");
    }

    @Test
    void footnotesOfTheBodyAndOfAnAnswerHaveTheirOwnIdsOnOnePage() {
        BuiltGuide built = build(FIRST).assertClean();
        Document page = built.page("chapters/first.html");
        Element bodyRef = page.selectFirst(".chapter-body sup.footnote-ref a");
        Element bodyNote = page.getElementById(bodyRef.attr("href").substring(1));
        assertThat(bodyNote.text()).contains("NRC founded", "Second chapter");
        assertThat(bodyNote.selectFirst("a.footnote-backref").attr("href")).isEqualTo("#" + bodyRef.id());
        Element answerRef = page.selectFirst(".review sup.footnote-ref a");
        assertThat(answerRef.attr("href")).isNotEqualTo(bodyRef.attr("href"));
        assertThat(page.getElementById(answerRef.attr("href").substring(1)).text()).contains("See the reading.");
        assertThat(page.select("[id]").eachAttr("id")).doesNotHaveDuplicates();
    }

    @Test
    void onThePrintPageFootnotesAndCalloutsKeepWorkingLinksUnderPrefixedIds() {
        Document print = build(FIRST).assertClean()
                .page("print.html");
        Element ref = print.selectFirst("#first .chapter-body sup.footnote-ref a");
        assertThat(ref.id()).startsWith("first-fnref-");
        Element note = print.getElementById(ref.attr("href").substring(1));
        assertThat(note).isNotNull();
        assertThat(note.selectFirst("a.footnote-backref").attr("href")).isEqualTo("#" + ref.id());
        Element aside = print.selectFirst("#first aside.callout--correction");
        assertThat(print.getElementById(aside.attr("aria-labelledby")).text()).isEqualTo("What the reading leaves out");
        assertThat(print.select("[id]").eachAttr("id")).doesNotHaveDuplicates();
    }

    @Test
    void calloutTextIsSearchable() {
        BuiltGuide built = build(FIRST).assertClean();
        assertThat(SearchIndexFile.read(built.out()).documents())
                .anySatisfy(d -> assertThat(d.text()).contains("What the reading leaves out", "met rarely after 2014"));
    }

    @Test
    void anUnknownKindIsAnErrorAtItsMarkerAndNothingIsPublished() {
        BuiltGuide built = build(FIRST
                .replace("[!EXAM]", "[!EXAMS]"));
        Diagnostic error = built.onlyError();
        assertThat(error.position()).isEqualTo(new Position(root.resolve("content/chapters/first.md"), 21, 3));
        assertThat(error.message()).isEqualTo("unknown callout kind 'EXAMS'");
        assertThat(error.hint()).contains("did you mean 'EXAM'?");
        assertThat(built.out()).doesNotExist();
    }

    @Test
    void aCitedFootnoteWithoutTextIsAnError() {
        BuiltGuide built = build(FIRST
                .replace("[^when]: ", "[^then]: "));
        assertThat(built.errors()).extracting(Diagnostic::message).contains("footnote '[^when]' has no text");
        assertThat(built.errors()).filteredOn(d -> d.message().startsWith("footnote"))
                .extracting(d -> d.position().line()).containsExactly(14);
    }
}
