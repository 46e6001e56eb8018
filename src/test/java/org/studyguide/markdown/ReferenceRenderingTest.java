package org.studyguide.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.studyguide.markdown.MarkdownFixture.html;
import static org.studyguide.markdown.MarkdownFixture.render;

import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.studyguide.model.Ref;

/** Spec: written references render as links with the kind as a class, or as written when unknown. */
class ReferenceRenderingTest {

    @ParameterizedTest
    @CsvSource({
        "[[term:NRC]],                  ref-term,    /term/NRC,                 Label of NRC",
        "[[quote:putin-atavism]],       ref-quote,   /quote/putin-atavism,      Label of putin-atavism",
        "[[chapter:enlargement]],       ref-chapter, /chapter/enlargement,      Label of enlargement",
        "[[source:great-expectations]], ref-source,  /source/great-expectations, Label of great-expectations",
        "[[event:founding-act-1997]],   ref-event,   /event/founding-act-1997,  Label of founding-act-1997",
        "[[NRC]],                       ref-term,    /term/NRC,                 Label of NRC",
    })
    void eachKindLinksWithTheDefaultLabel(String written, String kindClass, String url, String label) {
        Element link = html("See " + written + " here.").selectFirst("p > a");
        assertThat(link.classNames()).containsExactlyInAnyOrder("ref", kindClass);
        assertThat(link.attr("href")).isEqualTo(url);
        assertThat(link.text()).isEqualTo(label);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "[[term:NRC|the Council]];                          ref-term;    the Council",
        "[[quote:putin-atavism|his words]];                 ref-quote;   his words",
        "[[chapter:enlargement|the chapter on enlargement]]; ref-chapter; the chapter on enlargement",
        "[[source:great-expectations|Zagorski's article]];  ref-source;  Zagorski's article",
        "[[event:founding-act-1997|the Founding Act]];      ref-event;   the Founding Act",
        "[[NRC|the Council]];                               ref-term;    the Council",
    })
    void eachKindLinksWithItsOwnLabel(String written, String kindClass, String label) {
        Element link = html(written).selectFirst("a.ref");
        assertThat(link.hasClass(kindClass)).isTrue();
        assertThat(link.text()).isEqualTo(label);
    }

    @Test
    void aTinyReferenceRendersExactly() {
        assertThat(render("[[term:NRC|the Council]]"))
                .isEqualTo("<p><a class=\"ref ref-term\" href=\"/term/NRC\">the Council</a></p>\n");
    }

    @Test
    void theLabelStartsAfterTheFirstBarNotTheLast() {
        Element link = html("[[source:great-expectations|Zagorski | Sushentsov]]").selectFirst("a.ref");
        assertThat(link.attr("href")).isEqualTo("/source/great-expectations");
        assertThat(link.text()).isEqualTo("Zagorski | Sushentsov");
    }

    @Test
    void labelsAreUnescapedMarkdownAndEscapedHtml() {
        String out = render("[[term:NRC|<b>bold</b> &amp; \\*stars\\*]]");
        assertThat(out).contains(">&lt;b&gt;bold&lt;/b&gt; &amp; *stars*</a>");
    }

    @Test
    void anEmptyLabelFallsBackToTheDefault() {
        assertThat(html("[[term:NRC| ]]").select("a.ref").text()).isEqualTo("Label of NRC");
    }

    @Test
    void anUnknownTargetIsShownAsWritten() {
        assertThat(render("[[term:missing-one|label]]"))
                .isEqualTo("<p><span class=\"ref ref-missing\">[[term:missing-one|label]]</span></p>\n");
    }

    @Test
    void aMalformedReferenceIsShownAsWritten() {
        Document doc = html("[[qoute:x]] and [[term:]]");
        assertThat(doc.select("span.ref-missing").eachText()).containsExactly("[[qoute:x]]", "[[term:]]");
        assertThat(doc.select("a")).isEmpty();
    }

    @Test
    void referencesInsideCodeStayCode() {
        Document doc = html("`[[term:NRC]]`\n\n```\n[[term:NRC]]\n```\n");
        assertThat(doc.select("a")).isEmpty();
        assertThat(doc.select("code").eachText()).containsExactly("[[term:NRC]]", "[[term:NRC]]");
    }

    @Test
    void urlsAreWrittenAsTheResolverGivesThemButEscaped() {
        RefResolver odd = new RefResolver() {
            @Override
            public Optional<Target> target(Ref.Kind kind, String id) {
                return Optional.of(new Target("/glossary.html?a=1&b=\"2\"#NRC", "x"));
            }

            @Override
            public Optional<QuoteFigure> quote(String id) {
                return Optional.empty();
            }
        };
        String out = MarkdownFixture.MARKDOWN.render(MarkdownFixture.parse("[[NRC]]"), odd);
        assertThat(out).contains("href=\"/glossary.html?a=1&amp;b=&quot;2&quot;#NRC\"");
    }
}
