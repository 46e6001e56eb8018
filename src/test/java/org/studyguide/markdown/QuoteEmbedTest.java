package org.studyguide.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.studyguide.markdown.MarkdownFixture.at;
import static org.studyguide.markdown.MarkdownFixture.html;
import static org.studyguide.markdown.MarkdownFixture.problems;
import static org.studyguide.markdown.MarkdownFixture.refs;

import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.studyguide.diag.Diagnostic;
import org.studyguide.diag.Diagnostics;
import org.studyguide.model.Ref;

/** Spec: {@code ![[quote:id]]} alone in its paragraph becomes a figure; anywhere else it is an error. */
class QuoteEmbedTest {

    @Test
    void anEmbedStandingAloneBecomesAFigureInPlaceOfItsParagraph() {
        Document doc = html("Before.\n\n![[quote:putin-atavism]]\n\nAfter.");
        assertThat(doc.body().children()).extracting(Element::tagName).containsExactly("p", "figure", "p");
        assertThat(doc.select("p figure, p blockquote")).isEmpty();
        Element figure = doc.selectFirst("figure.quote");
        assertThat(figure.attr("data-quote")).isEqualTo("putin-atavism");
        assertThat(figure.select("> blockquote").attr("cite")).isEqualTo("/sources.html#a");
        assertThat(figure.select("> blockquote > p").text()).isEqualTo("Words <of> the \"quote\" & more.");
    }

    @Test
    void theCaptionNamesSpeakerReadingLocatorAndLinksTheEntry() {
        Element caption = html("![[quote:putin-atavism]]").selectFirst("figure > figcaption");
        assertThat(caption.select(".speaker").text()).isEqualTo("Putin");
        assertThat(caption.select("cite a").attr("href")).isEqualTo("/sources.html#a");
        assertThat(caption.select("cite a").text()).isEqualTo("Reading <A>");
        assertThat(caption.select(".speaker a").attr("href")).isEqualTo("/people.html#putin");
        assertThat(caption.select(".speaker-role").text()).isEqualTo("President");
        assertThat(caption.text()).isEqualTo("Putin (President), quoted in Reading <A>, paragraph 3 · about this quotation");
        assertThat(caption.select("a.quote-link").attr("href")).isEqualTo("/quotes.html#putin-atavism");
    }

    @Test
    void theFigureIsEscaped() {
        String out = MarkdownFixture.render("![[quote:q]]");
        assertThat(out).contains("<p>Words &lt;of&gt; the &quot;quote&quot; &amp; more.</p>", ">Reading &lt;A&gt;</a>");
    }

    @Test
    void anEmbedAloneInAListItemOrBlockQuoteIsAFigureToo() {
        Document doc = html("- ![[quote:a]]\n- other\n\n> ![[quote:b]]\n");
        assertThat(doc.select("li > figure.quote").attr("data-quote")).isEqualTo("a");
        assertThat(doc.select("blockquote > figure.quote").attr("data-quote")).isEqualTo("b");
        assertThat(problems("- ![[quote:a]]\n- other\n\n> ![[quote:b]]\n")).isEmpty();
    }

    @Test
    void anUnknownQuotationIsShownAsWrittenInItsParagraph() {
        assertThat(MarkdownFixture.render("![[quote:missing-q]]"))
                .isEqualTo("<p><span class=\"ref ref-missing\">![[quote:missing-q]]</span></p>\n");
    }

    @Test
    void anEmbedSharingItsParagraphIsAnErrorAtItsExactPlace() {
        List<Diagnostic> problems = problems("Intro line.\nText with ![[quote:q1]] inside.");
        assertThat(problems).singleElement().satisfies(d -> {
            assertThat(d.position()).isEqualTo(at(11, 11));
            assertThat(d.message()).isEqualTo("an embedded quotation must stand alone in its own paragraph");
            assertThat(d.hint()).hasValueSatisfying(hint -> assertThat(hint).contains("blank line", "[[quote:q1]]"));
        });
        assertThat(html("Intro line.\nText with ![[quote:q1]] inside.").select("figure")).isEmpty();
    }

    @Test
    void anEmbedDirectlyFollowedByTextOnTheNextLineIsNotAlone() {
        assertThat(problems("![[quote:q1]]\nand more")).singleElement()
                .satisfies(d -> assertThat(d.position()).isEqualTo(at(10, 1)));
    }

    @Test
    void onlyQuotationsCanBeEmbedded() {
        assertThat(problems("Text.\n\n![[term:NRC]]")).singleElement().satisfies(d -> {
            assertThat(d.position()).isEqualTo(at(12, 1));
            assertThat(d.message()).isEqualTo("only quotations can be embedded");
            assertThat(d.hint()).contains("write [[term:NRC]] to link to it instead");
        });
    }

    @Test
    void aMisplacedEmbedIsStillListedAsAPlainReference() {
        List<RefUse> uses = refs("Text ![[quote:q1]] here.\n\n![[term:NRC]]", new Diagnostics());
        assertThat(uses).extracting(u -> u.ref().kind() + ":" + u.ref().id() + " embed=" + u.embed())
                .containsExactly("QUOTE:q1 embed=false", "TERM:NRC embed=false");
    }

    @Test
    void aStandAloneEmbedIsListedAsAnEmbed() {
        List<RefUse> uses = refs("![[quote:q1|ignored label]]", new Diagnostics());
        assertThat(uses).singleElement().satisfies(u -> {
            assertThat(u.embed()).isTrue();
            assertThat(u.mention()).isFalse();
            assertThat(u.ref()).isEqualTo(new Ref(Ref.Kind.QUOTE, "q1", at(10, 1)));
        });
    }
}
