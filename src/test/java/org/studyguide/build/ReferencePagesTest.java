package org.studyguide.build;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studyguide.testing.BuiltGuide;
import org.studyguide.testing.GuideFixture;

/** The markup behind the glossary pop-ups and the quotation and timeline filters, checked with Jsoup. */
class ReferencePagesTest {
    private static final String PERIODS = """
            timelinePeriods:
              - from: 1990
                title: The nineties
              - from: 2000
                title: A new century
            parts:""";

    @TempDir
    Path root;

    @Test
    void termsScriptSetsAGlobalWithEveryTermInPlainText() throws IOException {
        BuiltGuide built = GuideFixture.in(root).build().assertClean();
        String script = Files.readString(built.out().resolve("assets/terms.js"), StandardCharsets.UTF_8);
        assertThat(script).startsWith("window.studyguideTerms={").endsWith("};\n").doesNotContain("<");
        JsonObject terms = JsonParser.parseString(script.substring(script.indexOf('{'), script.indexOf("\n};") + 2))
                .getAsJsonObject();
        assertThat(terms.keySet()).containsExactly("NRC", "PJC");
        JsonObject nrc = terms.getAsJsonObject("NRC");
        assertThat(nrc.get("headword").getAsString()).isEqualTo("NRC");
        assertThat(nrc.get("expansion").getAsString()).isEqualTo("NATO-Russia Council");
        assertThat(nrc.get("definition").getAsString()).isEqualTo("The council founded in 2002, successor of the PJC.");
        assertThat(nrc.getAsJsonArray("spellings").get(0).getAsString()).isEqualTo("NRC");
    }

    @Test
    void termsScriptEscapesWhatWouldBreakTheScript() throws IOException {
        BuiltGuide built = GuideFixture.in(root).file("glossary.yml", GuideFixture.GLOSSARY + """
                - id: quoted
                  term: A "quoted" \\ term
                  definition: "Line one</script>\\u2028and two."
                """).build();
        String script = Files.readString(built.out().resolve("assets/terms.js"), StandardCharsets.UTF_8);
        assertThat(script).contains("\"A \\\"quoted\\\" \\\\ term\"", "\\u003c/script>", "\\u2028and")
                .doesNotContain("\u2028");
    }

    @Test
    void everyPageLoadsThePopupScriptAndNoInlineScript() {
        BuiltGuide built = GuideFixture.in(root).build().assertClean();
        for (String path : new String[] {"index.html", "chapters/first.html", "glossary.html", "quotes.html",
                "sources.html", "timeline.html", "404.html"}) {
            Document page = built.page(path);
            String up = path.equals("404.html") ? "/guide/" : path.contains("/") ? "../" : "";
            assertThat(page.select("head script[defer]").eachAttr("src")).as(path).contains(up + "assets/popups.js");
            assertThat(page.select("script:not([src])")).as(path).isEmpty();
            assertThat(page.select("[style]")).as(path).isEmpty();
        }
    }

    @Test
    void termsInProseStayLinksWithAbbrTitlesWithoutJavaScript() {
        Document chapter = GuideFixture.in(root).build().assertClean().page("chapters/first.html");
        Element first = chapter.selectFirst(".chapter-body a.term");
        assertThat(first.attr("href")).isEqualTo("../glossary.html#NRC");
        assertThat(first.select("abbr").attr("title")).isEqualTo("NATO-Russia Council");
    }

    @Test
    void quotationsCarryTheirReadingAndTermsForTheFilters() {
        Document quotes = GuideFixture.in(root).build().assertClean().page("quotes.html");
        Element form = quotes.selectFirst("main form.filters");
        assertThat(form.hasAttr("hidden")).as("shown by the stylesheet under html.js, so nothing moves").isFalse();
        assertThat(form.attr("data-items")).isEqualTo(".quote-card");
        assertThat(quotes.select("script[src=assets/filters.js]")).hasSize(1);
        assertThat(form.select("#filter-reading option").eachAttr("value")).containsExactly("", "reading-a");
        assertThat(form.select("#filter-reading option").eachText()).containsExactly("All readings", "Reading A");
        assertThat(form.select("#filter-term option").eachText())
                .containsExactly("All terms", "NRC (NATO-Russia Council)", "PJC (Permanent Joint Council)");
        assertThat(form.select("label[for=filter-term]").text()).isEqualTo("Term");
        Element second = quotes.getElementById("second-quote");
        assertThat(second.attr("data-reading")).isEqualTo("reading-a");
        assertThat(second.attr("data-terms")).isEqualTo("PJC");
        assertThat(quotes.select(".quote-card[hidden], .quote-group[hidden]")).isEmpty();
    }

    @Test
    void timelineGroupsEventsByTheGuidesPeriods() {
        Document timeline = GuideFixture.in(root).file("guide.yml", GuideFixture.GUIDE.replace("parts:", PERIODS))
                .file("timeline.yml", GuideFixture.TIMELINE + """
                        - id: early-1985
                          date: "1985"
                          title: Before it all
                          text: Earlier.
                          terms: [PJC]
                        """)
                .build().assertClean().page("timeline.html");
        assertThat(timeline.select(".period > h2").eachText())
                .containsExactly("Before 1990", "1990–1999 The nineties", "2000–2002 A new century");
        assertThat(timeline.select(".period").eachAttr("id")).isEmpty();
        assertThat(timeline.select(".period > h2").eachAttr("id"))
                .containsExactly("period-before-1990", "period-1990", "period-2000");
        assertThat(timeline.select("#period-1990 ~ ol .event h3").eachText()).containsExactly("Founding Act");
        assertThat(timeline.select(".period").get(2).select(".event").eachAttr("id")).containsExactly("council-2002");
        Element filters = timeline.selectFirst("form.filters");
        assertThat(filters.select("option").eachAttr("value")).containsExactly("", "NRC", "PJC");
        assertThat(timeline.getElementById("act-1997").attr("data-terms")).isEqualTo("PJC");
    }

    @Test
    void withoutPeriodsTheTimelineGroupsByDecade() {
        Document timeline = GuideFixture.in(root).build().assertClean().page("timeline.html");
        assertThat(timeline.select(".period > h2").eachText()).containsExactly("1990s", "2000s");
    }

    @Test
    void eachEventLinksItsChaptersQuotationsAndMentions() {
        Document timeline = GuideFixture.in(root)
                .file("quotes.yml", GuideFixture.QUOTES.replace("context: On cooperation.",
                        "context: On cooperation after [[event:council-2002]]."))
                .file("glossary.yml", GuideFixture.GLOSSARY.replace("successor of the [[PJC]].",
                        "successor of the [[PJC]], see [[event:council-2002]]."))
                .build().assertClean().page("timeline.html");
        Element event = timeline.getElementById("council-2002");
        assertThat(event.select(".backlinks").text()).isEqualTo("Chapters: First chapter");
        assertThat(event.select(".backlinks a").attr("href")).isEqualTo("chapters/first.html");
        assertThat(event.select(".quotes a").eachAttr("href"))
                .containsExactly("quotes.html#first-quote", "quotes.html#second-quote");
        assertThat(event.select(".see-also a").eachAttr("href")).containsExactly("glossary.html#NRC");
        assertThat(timeline.getElementById("act-1997").select(".backlinks, .quotes, .see-also")).isEmpty();
    }
}
