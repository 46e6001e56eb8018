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

/** The flashcards and quiz pages of the fixture guide, as readers without JavaScript get them. */
class SelfTestPagesTest {
    @TempDir
    Path root;

    private BuiltGuide built;

    @BeforeEach
    void build() {
        built = GuideFixture.in(root).build().assertClean();
    }

    @Test
    void flashcardsListEveryTermWithItsExpansionAndDefinition() {
        Document page = built.page("flashcards.html");
        assertThat(page.title()).isEqualTo("Flashcards · Test guide");
        assertThat(page.select(".card-list > .card > dt.card-front").eachText()).containsExactly("NRC", "PJC");
        Element nrc = page.selectFirst(".card[data-term=NRC]");
        assertThat(nrc.select("dd.card-back .card-expansion").text()).isEqualTo("NATO-Russia Council");
        assertThat(nrc.select("dd.card-back").text()).contains("The council founded in 2002, successor of the PJC.");
        assertThat(nrc.select("dd.card-back a[href='glossary.html#PJC']")).isNotEmpty();
        assertThat(nrc.select(".card-entry a").attr("href")).isEqualTo("glossary.html#NRC");
        assertThat(page.select(".flashcards").attr("data-store")).isEqualTo("studyguide:Test guide");
    }

    @Test
    void flashcardsLinkTheAnkiExport() {
        Document page = built.page("flashcards.html");
        Element link = page.selectFirst(".anki-export a[download]");
        assertThat(link.attr("href")).isEqualTo("glossary-anki.csv");
        assertThat(link.text()).contains("Anki");
        assertThat(root.resolve("site/glossary-anki.csv")).exists();
    }

    @Test
    void quizListsTheReadingsAndEveryQuotationWithItsAnswerBehindADisclosure() {
        Document page = built.page("quiz.html");
        assertThat(page.title()).isEqualTo("Quotation quiz · Test guide");
        assertThat(page.select(".quiz-readings li").eachAttr("data-reading")).containsExactly("reading-a");
        assertThat(page.select(".quiz-readings a").eachAttr("href")).containsExactly("sources.html#reading-a");
        assertThat(page.select(".quiz-item").eachAttr("data-quote"))
                .containsExactlyInAnyOrder("first-quote", "second-quote");
        Element second = page.selectFirst(".quiz-item[data-quote=second-quote]");
        assertThat(second.select("blockquote").text()).isEqualTo("Cooperation was uneven.");
        assertThat(second.attr("data-reading")).isEqualTo("reading-a");
        assertThat(second.attr("data-speaker")).isEqualTo("A Speaker");
        Element answer = second.selectFirst("details.quiz-answer");
        assertThat(answer.select("summary").text()).isEqualTo("Who said it?");
        assertThat(answer.select("p").text()).isEqualTo(
                "A Speaker, quoted in Reading A, paragraph 2. The quotation in context.");
        assertThat(answer.select("a").eachAttr("href"))
                .containsExactly("sources.html#reading-a", "quotes.html#second-quote");
        Element first = page.selectFirst(".quiz-item[data-quote=first-quote]");
        assertThat(first.hasAttr("data-speaker")).isFalse();
        assertThat(first.select("details p").text()).startsWith("Reading A, paragraph 1.");
    }

    @Test
    void eachSelfTestPageLoadsOnlyItsOwnScriptAndNothingInline() {
        assertThat(built.page("flashcards.html").select("script").eachAttr("src"))
                .containsExactly("assets/site.js", "assets/flashcards.js", "assets/search.js", "assets/popups.js");
        assertThat(built.page("quiz.html").select("script").eachAttr("src"))
                .containsExactly("assets/site.js", "assets/quiz.js", "assets/search.js", "assets/popups.js");
        assertThat(built.page("chapters/first.html").select("script[src*=flashcards], script[src*=quiz]")).isEmpty();
        assertThat(built.page("glossary.html").select("script[src*=flashcards], script[src*=quiz]")).isEmpty();
        for (String path : new String[] {"flashcards.html", "quiz.html", "index.html"}) {
            Document page = built.page(path);
            assertThat(page.select("script:not([src]), style, [style]")).as(path).isEmpty();
            assertThat(page.getAllElements().stream().flatMap(e -> e.attributes().asList().stream())
                    .filter(a -> a.getKey().startsWith("on"))).as(path).isEmpty();
            assertThat(page.select("script[src]:not([src$=site.js])").eachAttr("defer")).as(path).allMatch(""::equals);
        }
        assertThat(root.resolve("site/assets/flashcards.js")).exists();
        assertThat(root.resolve("site/assets/quiz.js")).exists();
    }

    @Test
    void theHeaderAndTheHomePageLinkBothPages() {
        for (String path : new String[] {"index.html", "chapters/first.html", "glossary.html", "flashcards.html"}) {
            String up = path.contains("/") ? "../" : "";
            assertThat(built.page(path).select(".site-links a").eachAttr("href")).as(path)
                    .contains(up + "flashcards.html", up + "quiz.html");
        }
        assertThat(built.page("flashcards.html").select(".site-links a[aria-current=page]").text()).isEqualTo("Flashcards");
        assertThat(built.page("quiz.html").select(".site-links a[aria-current=page]").text()).isEqualTo("Quotation quiz");
        Element selfTest = built.page("index.html").selectFirst("section.self-test");
        assertThat(selfTest.select("h2").text()).isEqualTo("Test yourself");
        assertThat(selfTest.select("a").eachAttr("href")).containsExactly("flashcards.html", "quiz.html");
        // One name for the quiz: in the header, as the page's title and heading, and on the home page.
        assertThat(built.page("quiz.html").select("h1").text()).isEqualTo("Quotation quiz");
        assertThat(selfTest.select("a[href=quiz.html]").text()).isEqualTo("Quotation quiz");
    }
}
