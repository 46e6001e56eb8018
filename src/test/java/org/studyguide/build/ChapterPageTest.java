package org.studyguide.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studyguide.testing.BuiltGuide;
import org.studyguide.testing.GuideFixture;
import org.studyguide.testing.SearchIndexFile;

/** The chapter page's markup for the wide-screen layout: toolbar, objectives, "On this page", margin notes. */
class ChapterPageTest {
    private static final String FIRST = """
            ---
            title: First chapter
            summary: The first one.
            objectives:
              - Explain the NRC.
              - Compare the PJC.
            ---
            ## Beginnings

            The NRC replaced the PJC in 2002.[^1] The NRC met often.

            ![[quote:first-quote]]

            ## Later

            The PJC and the NRC again.

            [^1]: As the reading says.
            """;

    @TempDir
    Path root;

    private BuiltGuide built;

    @BeforeEach
    void build() {
        built = GuideFixture.in(root).file("chapters/first.md", FIRST).build().assertClean();
    }

    @Test
    void printAndPdfAreOneToolbarOfButtonsAndTheObjectivesADisclosure() {
        Document chapter = built.page("chapters/first.html");
        Element toolbar = chapter.selectFirst(".chapter-header .print-controls");
        assertThat(toolbar.children().eachText())
                .containsExactly("Print this chapter", "PDF of this chapter", "The whole guide, to print");
        assertThat(toolbar.children()).allMatch(tool -> tool.hasClass("chapter-tool"));
        assertThat(toolbar.select("a").eachAttr("href")).containsExactly("../pdf/first.pdf", "../print.html");
        Element objectives = chapter.selectFirst("article > details.objectives");
        assertThat(objectives.hasAttr("open")).as("closed, so the text starts on the first screen").isFalse();
        Element heading = objectives.selectFirst("summary > h2#objectives-title");
        assertThat(heading.text()).as("the heading alone, as bookmarks and search show it").isEqualTo("Learning objectives");
        assertThat(heading.attr("data-count")).as("the count style.css draws after it").isEqualTo("(2)");
        assertThat(objectives.select("li").eachText()).containsExactly("Explain the NRC.", "Compare the PJC.");
    }

    @Test
    void onThisPageIsAPlainListOfTheSectionsWithItsScriptOnChapterPagesOnly() {
        Document chapter = built.page("chapters/first.html");
        assertThat(chapter.select("main.chapter-main > article.chapter > nav.page-toc a").eachAttr("href"))
                .containsExactly("#beginnings", "#later");
        assertThat(chapter.select("nav.page-toc [aria-current]")).as("marked by the script only").isEmpty();
        assertThat(chapter.select("script[src='../assets/page-toc.js'][defer]")).hasSize(1);
        assertThat(built.page("glossary.html").select("script[src*=page-toc]")).isEmpty();
        assertThat(built.page("glossary.html").select("main.chapter-main")).isEmpty();
    }

    @Test
    void marginNotesAnnotateFirstMentionsTheQuotationAndTheFootnote() {
        Element body = built.page("chapters/first.html").selectFirst(".chapter-body");
        assertThat(body.select("aside.margin-note--term").eachText())
                .containsExactly("NRC NATO-Russia Council", "PJC Permanent Joint Council");
        Element context = body.selectFirst("aside.margin-note--context");
        assertThat(context.text()).isEqualTo("On how often the council met.");
        assertThat(context.nextElementSibling().is("figure.quote[data-quote=first-quote]")).isTrue();
        Element footnote = body.selectFirst("aside.margin-note--footnote");
        assertThat(footnote.text()).isEqualTo("1 As the reading says.");
        assertThat(footnote.nextElementSibling().select("sup.footnote-ref")).hasSize(1);
        assertThat(body.select(".footnotes li").text()).contains("As the reading says.");
    }

    @Test
    void theSearchIndexLeavesTheNotesOut() {
        SearchIndexFile.Document section = SearchIndexFile.read(built.out()).documents().stream()
                .filter(document -> document.url().endsWith("first.html#beginnings")).findFirst().orElseThrow();
        assertThat(section.text()).contains("The NRC replaced the PJC").doesNotContain("NATO-Russia Council");
    }

    @Test
    void theWholeGuidePageAndThePdfKeepTheNotesForPrint() {
        Document print = built.page("print.html");
        assertThat(print.select("article aside.margin-note--context").text()).isEqualTo("On how often the council met.");
        assertThat(print.select("article .print-controls, article .pdf-link")).isEmpty();
    }
}
