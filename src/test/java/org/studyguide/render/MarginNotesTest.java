package org.studyguide.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

/** Which margin notes a chapter body gets, and where: Jsoup over small rendered bodies. */
class MarginNotesTest {
    private static final Map<String, String> CONTEXTS = Map.of(
            "q1", "<p>On how often the <a class=\"term\" href=\"/glossary.html#NRC\"><abbr title=\"NATO-Russia Council\">NRC</abbr></a> met.</p>",
            "blank", "");

    private static Element notes(String html) {
        return MarginNotes.add(Jsoup.parseBodyFragment(html).body(), id -> Optional.ofNullable(CONTEXTS.get(id)));
    }

    @Test
    void aTermGetsItsExpansionBesideItsFirstMentionInTheChapterOnly() {
        Element body = notes("""
                <h2 id="a">The <abbr title="NATO-Russia Council">NRC</abbr></h2>
                <p>First <abbr title="Permanent Joint Council">PJC</abbr>, then <a class="term" href="#"><abbr title="NATO-Russia Council">NRC</abbr></a>.</p>
                <h2 id="b">Again</h2>
                <p>The <abbr title="NATO-Russia Council">NRC</abbr> and <abbr title="Permanent Joint Council">PJC</abbr> again.</p>""");
        Elements terms = body.select("aside.margin-note--term");
        assertThat(terms.eachText()).containsExactly("PJC Permanent Joint Council", "NRC NATO-Russia Council");
        assertThat(terms.eachAttr("aria-hidden")).containsOnly("true");
        assertThat(terms.first().nextElementSibling()).as("in the order of the text").isSameAs(terms.get(1));
        assertThat(terms.get(1).nextElementSibling().text()).startsWith("First PJC");
        assertThat(body.select("h2 aside, p aside")).as("notes sit between blocks, never inside one").isEmpty();
    }

    @Test
    void mentionsInsideADisclosureOrAQuotationGetNoNoteAndDoNotCountAsFirst() {
        Element body = notes("""
                <details class="quote-explanation"><summary>Why</summary><p>The <abbr title="NATO-Russia Council">NRC</abbr>.</p></details>
                <figure class="quote"><blockquote><p>The <abbr title="Permanent Joint Council">PJC</abbr>.</p></blockquote></figure>
                <ul><li>Later the <abbr title="NATO-Russia Council">NRC</abbr>.</li></ul>""");
        assertThat(body.select("aside.margin-note").eachText()).containsExactly("NRC NATO-Russia Council");
        assertThat(body.selectFirst("aside.margin-note").nextElementSibling().tagName())
                .as("before the top-level block holding the mention").isEqualTo("ul");
    }

    @Test
    void anEmbeddedQuotationGetsItsContextBesideIt() {
        Element body = notes("""
                <p>Before.</p>
                <figure class="quote" data-quote="q1"><blockquote><p>Words.</p></blockquote></figure>
                <figure class="quote" data-quote="blank"><blockquote><p>More.</p></blockquote></figure>
                <figure class="quote" data-quote="unknown"><blockquote><p>Still more.</p></blockquote></figure>""");
        Elements contexts = body.select("aside.margin-note--context");
        assertThat(contexts).hasSize(1);
        Element context = contexts.first();
        assertThat(context.text()).isEqualTo("On how often the NRC met.");
        assertThat(context.select("p")).as("the context's paragraph is unwrapped").isEmpty();
        assertThat(context.select("a.term abbr")).as("its term keeps its pop-up").hasSize(1);
        assertThat(context.hasAttr("aria-hidden")).as("the context is said nowhere else on the page").isFalse();
        assertThat(context.nextElementSibling().attr("data-quote")).isEqualTo("q1");
    }

    @Test
    void aFootnoteIsCopiedBesideTheTextThatCitesItWithoutIdsOrTabStops() {
        Element body = notes("""
                <p>Text<sup class="footnote-ref"><a id="r1" href="#n1">1</a></sup> and again<sup class="footnote-ref"><a id="r1b" href="#n1">1</a></sup>.</p>
                <p>Other<sup class="footnote-ref"><a id="r2" href="#missing">2</a></sup>.</p>
                <div class="footnotes"><ol><li id="n1"><p>See <a id="x" href="https://example.org">this</a>.</p><a class="footnote-backref" href="#r1">↑</a></li></ol></div>""");
        Elements copies = body.select("aside.margin-note--footnote");
        assertThat(copies).hasSize(1);
        Element copy = copies.first();
        assertThat(copy.text()).isEqualTo("1 See this.");
        assertThat(copy.attr("aria-hidden")).isEqualTo("true");
        assertThat(copy.select("[id], .footnote-backref")).isEmpty();
        assertThat(copy.select("a").attr("tabindex")).isEqualTo("-1");
        assertThat(copy.nextElementSibling().text()).startsWith("Text");
        assertThat(body.select(".footnotes li#n1 a.footnote-backref")).as("the list is unchanged").hasSize(1);
    }
}
