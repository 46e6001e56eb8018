package org.studyguide.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.studyguide.diag.Diagnostic;
import org.studyguide.diag.Diagnostics;
import org.studyguide.model.Markdown;
import org.studyguide.model.Position;
import org.studyguide.model.Ref;

/** Spec-style tests of the Markdown dialect: input Markdown, output HTML queried with Jsoup. */
class GuideMarkdownTest {
    private static final Path FILE = Path.of("chapters/a.md");

    private final GuideMarkdown markdown = new GuideMarkdown(List.of(
            new Spelling("NRC", "NRC", "NATO-Russia Council"),
            new Spelling("NATO", "NATO", "North Atlantic Treaty Organization"),
            new Spelling("NRC", "NATO-Russia Council", "NATO-Russia Council")));

    private final RefResolver resolver = new RefResolver() {
        @Override
        public Optional<Target> target(Ref.Kind kind, String id) {
            return id.startsWith("missing") ? Optional.empty()
                    : Optional.of(new Target("/" + kind.prefix() + "/" + id, "Label of " + id));
        }

        @Override
        public Optional<QuoteFigure> quote(String id) {
            return Optional.of(new QuoteFigure(id, "Words <of> the quote.", Optional.of("Putin"), "Reading A",
                    "/sources.html#a", "paragraph 3", "/quotes.html#" + id));
        }
    };

    private Markdown source(String text) {
        return Markdown.at(text, new Position(FILE, 10, 1));
    }

    private Document html(String text) {
        return Jsoup.parseBodyFragment(markdown.render(markdown.parse(source(text), Optional.empty()), resolver));
    }

    private List<RefUse> refs(String text, Diagnostics diagnostics) {
        return markdown.references(markdown.parse(source(text), Optional.empty()), diagnostics);
    }

    @Test
    void everyKindOfReferenceBecomesALinkWithDefaultOrOwnLabel() {
        Document doc = html("[[term:PJC]] [[quote:q1]] [[chapter:c1|the chapter]] [[source:s1]] [[event:e1]]");
        assertThat(doc.select("a.ref").eachAttr("href"))
                .containsExactly("/term/PJC", "/quote/q1", "/chapter/c1", "/source/s1", "/event/e1");
        assertThat(doc.select("a.ref-chapter").text()).isEqualTo("the chapter");
        assertThat(doc.select("a.ref-source").text()).isEqualTo("Label of s1");
    }

    @Test
    void aBareReferenceIsATerm() {
        assertThat(html("See [[PJC]].").select("a.ref-term").attr("href")).isEqualTo("/term/PJC");
    }

    @Test
    void anUnresolvedReferenceIsShownAsWritten() {
        assertThat(html("[[term:missing-one]]").select("span.ref-missing").text()).isEqualTo("[[term:missing-one]]");
    }

    @Test
    void anEmbedStandingAloneBecomesAFigureOutsideAnyParagraph() {
        Document doc = html("Before.\n\n![[quote:q1]]\n\nAfter.");
        assertThat(doc.select("figure.quote")).hasSize(1);
        assertThat(doc.select("p figure")).isEmpty();
        assertThat(doc.select("figure blockquote p").text()).isEqualTo("Words <of> the quote.");
        assertThat(doc.select("figure blockquote").attr("cite")).isEqualTo("/sources.html#a");
        assertThat(doc.select("figcaption .speaker").text()).isEqualTo("Putin");
        assertThat(doc.select("figcaption").text()).contains("Reading A", "paragraph 3");
        assertThat(doc.select("figcaption a.quote-link").attr("href")).isEqualTo("/quotes.html#q1");
        assertThat(doc.select("p").eachText()).containsExactly("Before.", "Words <of> the quote.", "After.");
    }

    @Test
    void anEmbedInsideTextIsAnErrorAtItsPlace() {
        Diagnostics diagnostics = new Diagnostics();
        refs("Intro line.\nText with ![[quote:q1]] inside.", diagnostics);
        Diagnostic d = diagnostics.sorted().get(0);
        assertThat(d.position()).isEqualTo(new Position(FILE, 11, 11));
        assertThat(d.message()).isEqualTo("an embedded quotation must stand alone in its own paragraph");
    }

    @Test
    void onlyQuotationsCanBeEmbedded() {
        Diagnostics diagnostics = new Diagnostics();
        refs("![[term:NRC]]", diagnostics);
        assertThat(diagnostics.sorted()).singleElement()
                .satisfies(d -> assertThat(d.message()).isEqualTo("only quotations can be embedded"));
    }

    @Test
    void anUnknownKindSuggestsTheRightOne() {
        Diagnostics diagnostics = new Diagnostics();
        List<RefUse> uses = refs("One\ntwo\nand [[qoute:x]]", diagnostics);
        assertThat(uses).isEmpty();
        Diagnostic d = diagnostics.sorted().get(0);
        assertThat(d.position()).isEqualTo(new Position(FILE, 12, 5));
        assertThat(d.message()).isEqualTo("unknown reference kind 'qoute'");
        assertThat(d.hint()).contains("did you mean 'quote'?");
    }

    @Test
    void referencesComeInOrderWithExactPositions() {
        List<RefUse> uses = refs("The NRC and [[PJC]].\n\n![[quote:q1]]\n", new Diagnostics());
        assertThat(uses).extracting(u -> u.ref().kind() + ":" + u.ref().id() + "@" + u.ref().position().line()
                        + ":" + u.ref().position().column() + (u.mention() ? " mention" : "") + (u.embed() ? " embed" : ""))
                .containsExactly("TERM:NRC@10:5 mention", "TERM:PJC@10:13", "QUOTE:q1@12:1 embed");
    }

    @Test
    void acronymsAreMarkedInProseButNotInCodeLinksOrHeadings() {
        Document doc = html("""
                # The NRC

                The NRC met. `NRC` in code. [the NRC](https://example.org) link.

                ```
                NRC in a fence
                ```
                """);
        assertThat(doc.select("abbr")).hasSize(1);
        assertThat(doc.select("h1 abbr, code abbr, pre abbr, a[href^=https] abbr")).isEmpty();
        assertThat(doc.select("p abbr").attr("title")).isEqualTo("NATO-Russia Council");
    }

    @Test
    void theLongestSpellingWinsAndOnlyWholeWordsMatch() {
        Document doc = html("The NATO-Russia Council, NATOs and ANATO, and NATO.");
        assertThat(doc.select("abbr").eachText()).containsExactly("NATO-Russia Council", "NATO");
    }

    @Test
    void theFirstMentionPerSectionLinksAndLaterOnesDoNot() {
        Document doc = html("""
                NRC one, NRC two.

                ## Next

                NRC three, after [[term:NATO]] NATO.
                """);
        assertThat(doc.select("a.term").size()).isEqualTo(2);
        assertThat(doc.select("a.term abbr").eachText()).containsExactly("NRC", "NRC");
        assertThat(doc.select("abbr").size()).isEqualTo(4);
        assertThat(doc.select("h2 + p a.term").attr("href")).isEqualTo("/term/NRC");
    }

    @Test
    void aDefinitionDoesNotMarkItsOwnTerm() {
        String out = markdown.render(markdown.parse(source("The NRC, unlike NATO."), Optional.of("NRC")), resolver);
        assertThat(Jsoup.parseBodyFragment(out).select("abbr").eachText()).containsExactly("NATO");
    }

    @Test
    void rawHtmlIsEscapedAndHeadingsGetIds() {
        Document doc = html("## A section\n\n<script>alert(1)</script>\n");
        assertThat(doc.select("script")).isEmpty();
        assertThat(doc.select("h2").attr("id")).isEqualTo("a-section");
    }

    @Test
    void markingStaysCorrectOnALongText() {
        String text = "The NRC and NATO met again. ".repeat(40_000);
        List<RefUse> uses = refs(text, new Diagnostics());
        assertThat(uses).hasSize(80_000);
        assertThat(uses.get(79_999).ref().position().column()).isEqualTo(1 + 28 * 39_999 + 12);
    }
}
