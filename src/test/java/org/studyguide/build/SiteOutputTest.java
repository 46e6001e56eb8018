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

/** Builds the fixture guide end to end and checks every page type through Jsoup queries. */
class SiteOutputTest {
    @TempDir
    Path root;

    private BuiltGuide built;

    @BeforeEach
    void build() {
        built = GuideFixture.in(root).build().assertClean();
    }

    @Test
    void homeListsPartsAndChaptersWithSummaries() {
        Document home = built.page("index.html");
        assertThat(home.title()).isEqualTo("Test guide");
        assertThat(home.select(".part h2").eachText()).containsExactly("Part I: Readings", "Part II: Themes");
        assertThat(home.select(".chapter-list a").eachAttr("href"))
                .containsExactly("chapters/first.html", "chapters/second.html");
        assertThat(home.select(".chapter-list p").eachText()).containsExactly("The first one.", "The second one.");
        assertThat(home.select(".introduction a[href='glossary.html#NRC']")).isNotEmpty();
    }

    @Test
    void chapterPageHasAllItsParts() {
        Document chapter = built.page("chapters/first.html");
        assertThat(chapter.select("h1").text()).isEqualTo("First chapter");
        assertThat(chapter.select(".objectives li").eachText()).containsExactly("Explain the NRC.");
        Element question = chapter.selectFirst(".questions li");
        assertThat(question.select(".question").text()).isEqualTo("What is the NRC?");
        assertThat(question.select("details.answer").text()).contains("A council created in 2002.");
        assertThat(chapter.select(".chapter-body figure.quote blockquote").text()).contains("The council met often.");
        assertThat(chapter.select(".chapter-body p figure")).isEmpty();
        assertThat(chapter.select(".chapter-refs .term-list a").eachText()).contains("NRC", "PJC");
        assertThat(chapter.select(".chapter-refs a[href='../quotes.html#first-quote']")).hasSize(1);
        assertThat(chapter.select(".chapter-refs a[href='../sources.html#reading-a']")).hasSize(1);
        assertThat(chapter.select(".pager a[rel=next]").attr("href")).isEqualTo("second.html");
        assertThat(chapter.select(".pager a[rel=prev]")).isEmpty();
        assertThat(chapter.select("a.ref-chapter").text()).isEqualTo("the next chapter");
        assertThat(chapter.select("nav.chapters a[aria-current=page]").text()).isEqualTo("First chapter");
    }

    @Test
    void acronymsAreMarkedAndTheFirstPerSectionLinks() {
        Document chapter = built.page("chapters/first.html");
        assertThat(chapter.select(".chapter-body abbr[title='NATO-Russia Council']")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(chapter.select(".chapter-body a.term[href='../glossary.html#NRC']")).hasSize(1);
        assertThat(chapter.select(".chapter-body h2 abbr")).isEmpty();
    }

    @Test
    void glossaryHasAnAnchorPerTermWithBacklinks() {
        Document glossary = built.page("glossary.html");
        assertThat(glossary.select(".term-entry dfn").eachText()).containsExactly("NRC", "PJC");
        Element nrc = glossary.getElementById("NRC");
        assertThat(nrc.select(".expansion").text()).isEqualTo("NATO-Russia Council");
        assertThat(nrc.select(".related a").attr("href")).isEqualTo("glossary.html#PJC");
        assertThat(nrc.select(".backlinks a").eachText()).contains("First chapter");
        assertThat(nrc.select(".readings a").eachAttr("href")).containsExactly("sources.html#reading-a");
    }

    @Test
    void quotationsAreGroupedByReadingWithBacklinks() {
        Document quotes = built.page("quotes.html");
        assertThat(quotes.select(".quote-group h2").text()).isEqualTo("From Reading A");
        Element second = quotes.getElementById("second-quote");
        assertThat(second.select(".speaker").text()).isEqualTo("A Speaker");
        assertThat(second.select("figcaption").text()).contains("paragraph 2");
        assertThat(second.select(".backlinks a").eachText()).containsExactly("Second chapter");
    }

    @Test
    void readingsListTheirQuotationsAndChapters() {
        Element reading = built.page("sources.html").getElementById("reading-a");
        assertThat(reading.select(".bibliography").text()).contains("Jane Doe", "Test Review", "early 2001");
        assertThat(reading.select("ul a").eachAttr("href"))
                .containsExactly("quotes.html#first-quote", "quotes.html#second-quote");
        assertThat(reading.select(".backlinks a").eachText()).contains("First chapter", "Second chapter");
    }

    @Test
    void timelineIsInDateOrderWithBacklinks() {
        Document timeline = built.page("timeline.html");
        assertThat(timeline.select(".event").eachAttr("id")).containsExactly("act-1997", "council-2002");
        assertThat(timeline.getElementById("council-2002").select(".backlinks a").eachText())
                .containsExactly("First chapter");
        assertThat(timeline.select("time").eachAttr("datetime")).containsExactly("1997", "2002-05-28");
    }

    @Test
    void everyPageSharesTheLayoutWithRelativeLinks() {
        for (String path : new String[] {"index.html", "chapters/second.html", "glossary.html", "quotes.html",
                "sources.html", "timeline.html"}) {
            Document page = built.page(path);
            String up = path.contains("/") ? "../" : "";
            assertThat(page.select("link[rel=stylesheet]").attr("href")).as(path).isEqualTo(up + "assets/style.css");
            assertThat(page.select(".site-title").attr("href")).as(path).isEqualTo(up + "index.html");
            assertThat(page.select("a.skip-link").attr("href")).isEqualTo("#main");
            assertThat(page.select("[href^=/], [src^=/]")).as(path).isEmpty();
            assertThat(page.select("nav.chapters #chapter-list a")).hasSize(2);
            // The reference pages twice: in the header, and at the end of the chapter drawer for phones.
            assertThat(page.select(".drawer-links a").eachAttr("href")).as(path)
                    .isEqualTo(page.select(".site-links a").eachAttr("href")).hasSize(8);
        }
    }

    @Test
    void everyPageHasAStrictContentSecurityPolicyAndNoInlineScriptsOrStyles() {
        for (String path : new String[] {"index.html", "chapters/first.html", "glossary.html", "quotes.html",
                "sources.html", "timeline.html", "404.html"}) {
            Document page = built.page(path);
            assertThat(page.select("meta[http-equiv=Content-Security-Policy]").attr("content")).as(path)
                    .contains("script-src 'self'", "style-src 'self'", "object-src 'none'")
                    .doesNotContain("unsafe-inline");
            assertThat(page.select("script:not([src]), style, [style]")).as(path).isEmpty();
            assertThat(page.select("[onclick], [onload], [onerror]")).as(path).isEmpty();
        }
    }
}
