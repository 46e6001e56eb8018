package org.studyguide.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.studyguide.markdown.MarkdownFixture.at;
import static org.studyguide.markdown.MarkdownFixture.html;
import static org.studyguide.markdown.MarkdownFixture.problems;
import static org.studyguide.markdown.MarkdownFixture.render;

import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.studyguide.diag.Diagnostic;

/** Spec: GitHub-style alerts ({@code > [!KIND] title}) become asides named by their title. */
class CalloutTest {

    @Test
    void aNoteBecomesAnAsideWithItsTitleAndBody() {
        assertThat(render("> [!NOTE]\n> Read this *first*.\n")).isEqualTo("""
                <aside class="callout callout--note" role="note" aria-labelledby="callout-a-10">
                <p class="callout-title" id="callout-a-10">Note</p>
                <p>Read this <em>first</em>.</p>
                </aside>
                """);
    }

    @Test
    void eachGuideKindHasItsTitleAndClass() {
        assertThat(kindAndTitle("> [!CORRECTION]\n> Text.")).containsExactly("callout callout--correction", "Reading critically");
        assertThat(kindAndTitle("> [!CONTEXT]\n> Text.")).containsExactly("callout callout--context", "Beyond the readings");
        assertThat(kindAndTitle("> [!EXAM]\n> Text.")).containsExactly("callout callout--exam", "Exam tip");
        assertThat(kindAndTitle("> [!caution]\n> Text.")).containsExactly("callout callout--caution", "Caution");
    }

    @Test
    void aTitleAfterTheMarkerReplacesTheKindsTitle() {
        Document doc = html("> [!CONTEXT] After 2014 & beyond\n> The [[NRC]] met rarely.\n");
        assertThat(doc.select("aside .callout-title").text()).isEqualTo("After 2014 & beyond");
        assertThat(doc.select("aside > p:not(.callout-title)").text()).isEqualTo("The Label of NRC met rarely.");
        assertThat(doc.select("aside a.ref-term").attr("href")).isEqualTo("/term/NRC");
    }

    @Test
    void markdownInsideIsRenderedAndTermsAreMarked() {
        Document doc = html("> [!TIP]\n> - The NRC\n> - The PJC\n>\n> Second paragraph.\n");
        Element aside = doc.selectFirst("aside.callout");
        assertThat(aside.select("> ul > li")).hasSize(2);
        assertThat(aside.select("abbr[title=Permanent Joint Council]")).hasSize(1);
        assertThat(aside.select("> p")).extracting(Element::text).containsExactly("Tip", "Second paragraph.");
    }

    @Test
    void aMarkerAloneMakesAnAsideWithOnlyItsTitle() {
        assertThat(html("> [!IMPORTANT]\n").select("aside > *")).extracting(Element::text).containsExactly("Important");
    }

    @Test
    void anOrdinaryBlockQuoteAndAMarkerLaterInTheQuoteStayBlockQuotes() {
        assertThat(render("> Just a quote.\n")).isEqualTo("<blockquote>\n<p>Just a quote.</p>\n</blockquote>\n");
        assertThat(html("> First line.\n> [!NOTE]\n").select("aside")).isEmpty();
    }

    @Test
    void calloutsNestInListsAndTheirIdsFollowTheirLines() {
        Document doc = html("- > [!NOTE]\n  > One.\n\n> [!TIP]\n> Two.\n");
        assertThat(doc.select("li > aside.callout--note").attr("aria-labelledby")).isEqualTo("callout-a-10");
        assertThat(doc.select("aside.callout--tip").attr("aria-labelledby")).isEqualTo("callout-a-13");
        assertThat(doc.getElementById("callout-a-13").text()).isEqualTo("Tip");
    }

    @Test
    void anUnknownKindIsAnErrorAtItsMarkerWithTheClosestKind() {
        List<Diagnostic> found = problems("Text.\n\n> [!CORECTION]\n> Wrong.\n");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).position()).isEqualTo(at(12, 3));
        assertThat(found.get(0).message()).isEqualTo("unknown callout kind 'CORECTION'");
        assertThat(found.get(0).hint()).contains("did you mean 'CORRECTION'?");
    }

    @Test
    void anUnknownKindFarFromAnyListsTheKinds() {
        Diagnostic found = problems("> [!XYZZYQ]\n> Wrong.\n").get(0);
        assertThat(found.hint()).contains("write one of NOTE, TIP, IMPORTANT, WARNING, CAUTION, CORRECTION, CONTEXT, EXAM");
    }

    private static List<String> kindAndTitle(String markdown) {
        Element aside = html(markdown).selectFirst("aside");
        return List.of(aside.className(), aside.selectFirst(".callout-title").text());
    }
}
