package org.studyguide.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.studyguide.markdown.MarkdownFixture.MARKDOWN;
import static org.studyguide.markdown.MarkdownFixture.RESOLVER;
import static org.studyguide.markdown.MarkdownFixture.html;
import static org.studyguide.markdown.MarkdownFixture.render;
import static org.studyguide.markdown.MarkdownFixture.source;

import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.studyguide.model.ItemId;
import org.studyguide.model.Ref;

/** Spec: spellings of terms in running prose become {@code <abbr>}, the first per section a glossary link. */
class TermMentionTest {

    @Test
    void aMentionRendersExactly() {
        assertThat(render("The NRC met."))
                .isEqualTo("<p>The <a class=\"term\" href=\"/term/NRC\"><abbr title=\"NATO–Russia Council\">NRC</abbr></a> met.</p>\n");
    }

    @Test
    void aTextHoldingWhatLooksLikeTheRenderersMarkersRendersAsWritten() {
        // The renderer writes a mention's HTML as a marker of private-use characters and splices it
        // in afterwards (RawSplices); the same characters written by an author stay as they are.
        String fake = "\uE000\uE030\uE001 and \uE000\uE031\uE001";
        assertThat(render("The NRC met " + fake + ".")).isEqualTo("<p>The <a class=\"term\" href=\"/term/NRC\">"
                + "<abbr title=\"NATO–Russia Council\">NRC</abbr></a> met " + fake + ".</p>\n");
        assertThat(render("The NRC and the NRC met \uE000.")).isEqualTo("<p>The <a class=\"term\" href=\"/term/NRC\">"
                + "<abbr title=\"NATO–Russia Council\">NRC</abbr></a> and the <abbr title=\"NATO–Russia Council\">NRC"
                + "</abbr> met \uE000.</p>\n");
    }

    @Test
    void mentionsAreMarkedInProseEmphasisListsQuotesAndTables() {
        Document doc = html("""
                The NRC, *the PJC*, "NATO".

                - NRC in a list

                > NATO in a quote

                | Body |
                |------|
                | PJC  |
                """);
        assertThat(doc.select("abbr").eachText()).containsExactly("NRC", "PJC", "NATO", "NRC", "NATO", "PJC");
    }

    @Test
    void nothingIsMarkedInCodeLinksHeadingsOrHtml() {
        Document doc = html("""
                # The NRC and NATO

                `NRC` [the NRC](https://example.org) <https://NRC.example.org> [[term:PJC|the NRC]] ![NRC](x.png)
                [NRC][ref] <kbd>NRC</kbd> <br> x

                ```
                NRC in a fence
                ```

                    NRC indented

                <div>NRC in a block</div>

                [ref]: https://example.org/NRC
                """);
        assertThat(doc.select("abbr")).isEmpty();
        assertThat(doc.select("h1").text()).isEqualTo("The NRC and NATO");
        assertThat(doc.select("pre code").eachText()).containsExactly("NRC in a fence", "NRC indented");
    }

    @Test
    void textAfterAClosedOrEmptyHtmlTagIsProseAgain() {
        assertThat(html("<kbd>x</kbd> NRC, <br> NATO, <!-- c --> PJC").select("abbr").eachText())
                .containsExactly("NRC", "NATO", "PJC");
    }

    @Test
    void theLongestSpellingWins() {
        Document doc = html("The NATO–Russia Council first met in 2002; NATO agreed.");
        assertThat(doc.select("abbr").eachText()).containsExactly("NATO–Russia Council", "NATO");
        assertThat(doc.select("abbr").eachAttr("title"))
                .containsExactly("NATO–Russia Council", "North Atlantic Treaty Organization");
    }

    @Test
    void onlyWholeCaseSensitiveWordsMatch() {
        Document doc = html("NATOs ANATO NATO2 nato Nato NATO-led (NATO) NATO's NATO.");
        assertThat(doc.select("abbr").eachText()).containsExactly("NATO", "NATO", "NATO", "NATO");
        assertThat(doc.text()).startsWith("NATOs ANATO NATO2 nato Nato NATO-led");
    }

    @Test
    void aLongSpellingThatIsNotAWholeWordLeavesTheShorterOne() {
        assertThat(html("The NATO–Russia Councils met.").select("abbr").eachText()).containsExactly("NATO");
    }

    @Test
    void theFirstMentionInEachSectionLinksAndLaterOnesAreplain() {
        Document doc = html("""
                NRC one, NRC two, NATO.

                NRC three.

                ## Next

                NRC four, NATO, NRC five.

                ### Deeper

                NRC six.
                """);
        assertThat(doc.select("abbr").eachText()).containsExactly("NRC", "NRC", "NATO", "NRC", "NRC", "NATO", "NRC", "NRC");
        assertThat(doc.select("abbr").stream().map(a -> a.parent().is("a.term")).toList())
                .containsExactly(true, false, true, false, true, true, false, true);
    }

    @Test
    void anExplicitTermLinkCountsAsTheSectionsLink() {
        Document doc = html("""
                See [[term:NRC]]; the NRC met. [[PJC|The council]] and the PJC.

                ## Next

                The NRC again.
                """);
        assertThat(doc.select("a.term abbr").eachText()).containsExactly("NRC");
        assertThat(doc.select("h2 ~ p a.term").attr("href")).isEqualTo("/term/NRC");
        assertThat(doc.select("abbr")).hasSize(3);
    }

    @Test
    void anExplicitTermLinkInAHeadingCountsForTheSectionItOpens() {
        Document doc = html("NRC before.\n\n## About [[term:NRC]]\n\nThe NRC after.\n");
        assertThat(doc.select("a.term abbr").eachText()).containsExactly("NRC");
        assertThat(doc.select("h2 + p abbr").parents().is("a")).isFalse();
    }

    @Test
    void aDefinitionDoesNotMarkItsOwnTermNorItsParts() {
        ParsedMarkdown parsed = MARKDOWN.parse(source("The NRC, or NATO–Russia Council, unlike NATO or the PJC."),
                Optional.of(new ItemId(Ref.Kind.TERM, "NRC")));
        Document doc = Jsoup.parseBodyFragment(MARKDOWN.render(parsed, RESOLVER));
        assertThat(doc.select("abbr").eachText()).containsExactly("NATO", "PJC");
        assertThat(doc.text()).isEqualTo("The NRC, or NATO–Russia Council, unlike NATO or the PJC.");
    }

    @Test
    void aMentionWhoseTermCannotBeResolvedIsAPlainAbbreviation() {
        GuideMarkdown markdown = new GuideMarkdown(List.of(new Spelling("missing-term", "XYZ", "Ex Why Zed")));
        String out = markdown.render(markdown.parse(source("XYZ here."), Optional.empty()), RESOLVER);
        assertThat(out).isEqualTo("<p><abbr title=\"Ex Why Zed\">XYZ</abbr> here.</p>\n");
    }

    @Test
    void expansionsAreEscaped() {
        GuideMarkdown markdown = new GuideMarkdown(List.of(new Spelling("QQ", "QQ", "\"Quote\" & <Co>")));
        String out = markdown.render(markdown.parse(source("QQ"), Optional.empty()), RESOLVER);
        assertThat(out).contains("title=\"&quot;Quote&quot; &amp; &lt;Co&gt;\"");
    }
}
