package org.studyguide.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studyguide.testing.BuiltGuide;
import org.studyguide.testing.GuideFixture;

/** {@code print.html} and the print markup of chapter pages, built from the fixture guide and read with Jsoup. */
class PrintPageTest {
    private static final String FIRST = """
            ---
            title: First chapter
            summary: The first one.
            readings: [reading-a]
            objectives:
              - Explain the NRC.
            questions:
              - question: What is the NRC, and what was the EAPC?
                answer: A council created in 2002; the EAPC was another forum.
              - question: Who replaced whom?
                answer: The NRC replaced the PJC.
            ---
            ## Beginnings

            The NRC replaced the PJC in 2002. The NRC met often; see [NATO's site](https://www.nato.int/cps/en/natohq/topics_50091.htm).

            ![[quote:first-quote]]

            See [[event:council-2002]], [[chapter:second|the next chapter]], [its later section](second.html#later)
            and [the beginnings](#beginnings).

            ## Afterwards

            The NRC again, and the PJC.
            """;
    private static final String GLOSSARY = GuideFixture.GLOSSARY + """
            - id: EAPC
              expansion: Euro-Atlantic Partnership Council
              definition: The forum that followed the NACC in 1997.
            """;

    @TempDir
    Path root;

    private BuiltGuide build() {
        return GuideFixture.in(root).file("chapters/first.md", FIRST).file("glossary.yml", GLOSSARY).build().assertClean();
    }

    @Test
    void thePrintPageHoldsEveryChapterInReadingOrderAfterATitlePage() {
        Document print = build().page("print.html");
        assertThat(print.title()).isEqualTo("The whole guide, to print · Test guide");
        assertThat(print.select(".title-page h1").text()).isEqualTo("Test guide");
        assertThat(print.select(".print-contents a").eachAttr("href")).containsExactly("#first", "#second");
        assertThat(print.select("main > article.chapter").eachAttr("id")).containsExactly("first", "second");
        assertThat(print.select("article h1").eachText()).containsExactly("First chapter", "Second chapter");
        assertThat(print.select("article .chapter-body").text()).contains("The NRC met often", "Cooperation through the PJC");
        assertThat(print.select("article .pager, article .print-controls, article .page-toc")).isEmpty();
        assertThat(print.select("[data-print-source]")).isEmpty();
    }

    @Test
    void idsAreUniqueAndPrefixedWithTheChapter() {
        Document print = build().page("print.html");
        Set<String> seen = new HashSet<>();
        for (Element element : print.select("[id]")) {
            assertThat(seen.add(element.id())).as("duplicate id " + element.id()).isTrue();
        }
        assertThat(print.getElementById("first-chapter-title").text()).isEqualTo("First chapter");
        assertThat(print.getElementById("second-chapter-title").text()).isEqualTo("Second chapter");
        assertThat(print.getElementById("first-beginnings")).isNotNull();
        assertThat(print.getElementById("first-question-2")).isNotNull();
        assertThat(print.select("article#first").attr("aria-labelledby")).isEqualTo("first-chapter-title");
        for (Element labelled : print.select("[aria-labelledby]")) {
            assertThat(print.getElementById(labelled.attr("aria-labelledby"))).as(labelled.cssSelector()).isNotNull();
        }
    }

    @Test
    void linksPointInsideThePageOrToTheOtherPages() {
        Document print = build().page("print.html");
        Element body = print.selectFirst("#first .chapter-body");
        assertThat(body.select("a.ref-chapter").attr("href")).isEqualTo("#second");
        assertThat(body.select("a:contains(its later section)").attr("href")).isEqualTo("#second-later");
        assertThat(body.select("a:contains(the beginnings)").attr("href")).isEqualTo("#first-beginnings");
        assertThat(body.select("a.term").eachAttr("href")).contains("glossary.html#NRC", "glossary.html#PJC");
        assertThat(body.select("a.ref-event").attr("href")).isEqualTo("timeline.html#council-2002");
        assertThat(body.select("blockquote").attr("cite")).isEqualTo("sources.html#reading-a");
        assertThat(body.select("a[href^=http]").attr("href")).isEqualTo("https://www.nato.int/cps/en/natohq/topics_50091.htm");
        for (Element link : print.select("main a[href]")) {
            String href = link.attr("href");
            assertThat(href).as(link.text()).doesNotContain("chapters/").doesNotStartWith("/");
            if (href.startsWith("#")) {
                assertThat(print.getElementById(href.substring(1))).as(href).isNotNull();
            }
        }
        assertThat(print.select("nav.chapters #chapter-list a").eachAttr("href")).containsExactly("chapters/first.html", "chapters/second.html");
    }

    @Test
    void everyModelAnswerIsOnThePageForTheAnswerKey() {
        Document print = build().page("print.html");
        assertThat(print.select("#first .review details.answer").eachText()).containsExactly(
                "Show model answer A council created in 2002; the EAPC was another forum.",
                "Show model answer The NRC replaced the PJC.");
    }

    @Test
    void theFirstAcronymOfEachTermInAChapterIsMarkedInPrintOrder() {
        BuiltGuide built = build();
        for (Document page : List.of(built.page("chapters/first.html"), built.page("print.html"))) {
            Element chapter = page.selectFirst("article.chapter");
            assertThat(chapter.select("abbr.first").eachText()).as(page.location()).containsExactly("NRC", "PJC", "EAPC");
            assertThat(chapter.select(".chapter-body abbr").first()).isSameAs(chapter.selectFirst("abbr.first"));
            assertThat(chapter.select(".chapter-body abbr[title='NATO-Russia Council']")).hasSize(3);
            assertThat(chapter.select(".question abbr.first").text()).isEqualTo("EAPC");
            assertThat(chapter.select(".answer abbr.first")).isEmpty();
        }
    }

    @Test
    void chaptersAndTheHomePageLinkToThePrintPageAndChaptersHaveAPrintButton() {
        BuiltGuide built = build();
        Document chapter = built.page("chapters/first.html");
        assertThat(chapter.select(".print-controls a:not(.pdf-link)").attr("href")).isEqualTo("../print.html");
        Element button = chapter.selectFirst(".print-controls button");
        assertThat(button.text()).isEqualTo("Print this chapter");
        assertThat(button.attr("type")).isEqualTo("button");
        assertThat(chapter.select("link[rel=stylesheet][media=print]").attr("href")).isEqualTo("../assets/print.css");
        assertThat(built.page("index.html").select("a[href='print.html']")).hasSize(1);
        assertThat(built.page("print.html").select("script:not([src]), [onclick]")).isEmpty();
    }

    @Test
    void aChapterIdThatClashesWithAnIdOfTheLayoutGetsANumber() {
        Document print = GuideFixture.in(root).withChapter("main", """
                        ---
                        title: Main chapter
                        summary: Its id is also the id of the layout's main element.
                        ---
                        ## Body

                        Back to [[chapter:first]], on to [the body](#body).
                        """)
                .build().assertClean().page("print.html");
        assertThat(print.select("main").attr("id")).isEqualTo("main");
        assertThat(print.select("main > article.chapter").eachAttr("id")).containsExactly("first", "second", "main-2");
        assertThat(print.select(".print-contents a").eachAttr("href")).containsExactly("#first", "#second", "#main-2");
        assertThat(print.select("#main-2 .chapter-body a").eachAttr("href")).containsExactly("#first", "#main-body");
    }
}
