package org.studyguide.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studyguide.diag.Diagnostic;
import org.studyguide.testing.BuiltGuide;
import org.studyguide.testing.GuideFixture;
import org.studyguide.testing.SearchIndexFile;

/** A quotation's {@code explanation}: on the quotations page, under an embedded quotation, and on key-quotations.html. */
class QuotationsExplainedTest {
    /** Both quotations explained, the second first in the file, so that the page's order is the readings' order. */
    static final String QUOTES = """
            - id: other-quote
              text: "Another reading speaks."
              source: reading-b
              locator: paragraph 4
              context: From the second reading.
              explanation: Unexplained no more.
            - id: first-quote
              text: "The council met often."
              source: reading-a
              locator: paragraph 1
              context: On how often the council met.
              terms: [NRC]
              explanation: |
                Shows how *routine* the [[NRC]] had become;
                use it to argue that contact was regular.
            - id: second-quote
              text: "Cooperation was uneven."
              source: reading-a
              locator: paragraph 2
              quoting: The Founding Act
              context: On cooperation.
              terms: [PJC]
            """;

    static final String SOURCES = GuideFixture.SOURCES + """
            - id: reading-b
              title: Reading B
              date: 2010
              note: A second view.
            """;

    @TempDir
    Path root;

    private GuideFixture fixture() {
        return GuideFixture.in(root).file("quotes.yml", QUOTES).file("sources.yml", SOURCES)
                .file("chapters/second.md", GuideFixture.SECOND + "\n![[quote:other-quote]]\n");
    }

    private String where(Diagnostic d) {
        return root.relativize(d.position().file()) + ":" + d.position().line() + ":" + d.position().column();
    }

    @Test
    void anEmbeddedQuotationShowsItsExplanationInADisclosure() {
        Document chapter = fixture().build().assertClean().page("chapters/first.html");
        Element figure = chapter.selectFirst(".chapter-body figure.quote[data-quote=first-quote]");
        Element details = figure.nextElementSibling();
        assertThat(details.is("details.quote-explanation[data-quote=first-quote]")).isTrue();
        assertThat(details.selectFirst("summary").text()).isEqualTo("What this quotation shows");
        assertThat(details.select("em").text()).isEqualTo("routine");
        assertThat(details.select("a.ref-term[href=../glossary.html#NRC]")).isNotEmpty();
        assertThat(details.select("p").text())
                .isEqualTo("Shows how routine the NRC had become; use it to argue that contact was regular.");
    }

    @Test
    void theQuotationsPageShowsTheExplanationAndLinksTheKeyQuotations() {
        Document page = fixture().build().assertClean().page("quotes.html");
        assertThat(page.getElementById("first-quote").select(".explanation").text())
                .isEqualTo("Why it matters Shows how routine the NRC had become; use it to argue that contact was regular.");
        assertThat(page.getElementById("second-quote").select(".explanation")).isEmpty();
        assertThat(page.select("p.key-link a").attr("href")).isEqualTo("key-quotations.html");
    }

    @Test
    void theKeyQuotationsPageListsEveryExplainedQuotationInReadingOrder() {
        BuiltGuide built = fixture().build().assertClean();
        Document page = built.page("key-quotations.html");
        assertThat(page.select("h1").text()).isEqualTo("Key quotations explained");
        assertThat(page.select("section.key-group > h2").eachText()).containsExactly("From Reading A", "From Reading B");
        assertThat(page.select("article.key-quotation").eachAttr("id")).containsExactly("first-quote", "other-quote");
        Element first = page.getElementById("first-quote");
        assertThat(first.select("blockquote").text()).isEqualTo("The council met often.");
        assertThat(first.select("figcaption").text()).isEqualTo("Reading A, paragraph 1 · the quotation in context");
        assertThat(first.select("figcaption a").eachAttr("href"))
                .containsExactly("sources.html#reading-a", "quotes.html#first-quote");
        assertThat(first.select(".key-explanation em").text()).isEqualTo("routine");
        assertThat(first.select("p.backlinks a").eachText()).containsExactly("First chapter", "NRC founded");
        assertThat(page.getElementById("second-quote")).isNull();
    }

    @Test
    void theExplanationIsSearched() {
        BuiltGuide built = fixture().build().assertClean();
        SearchIndexFile.Document quote = SearchIndexFile.read(built.out()).documents().stream()
                .filter(d -> d.url().equals("quotes.html#first-quote")).findFirst().orElseThrow();
        assertThat(quote.text()).endsWith("use it to argue that contact was regular.");
        SearchIndexFile.Document section = SearchIndexFile.read(built.out()).documents().stream()
                .filter(d -> d.url().equals("chapters/first.html#beginnings")).findFirst().orElseThrow();
        assertThat(section.text()).doesNotContain("routine");
    }

    @Test
    void aReferenceInAnExplanationIsCheckedAtItsPlace() {
        Diagnostic d = fixture().file("quotes.yml", QUOTES.replace("the [[NRC]] had", "the [[NRCC]] had"))
                .build().onlyError();
        assertThat(where(d)).isEqualTo("content/quotes.yml:14:29");
        assertThat(d.message()).isEqualTo("unknown term 'NRCC'");
        assertThat(d.hint()).contains("did you mean 'NRC'?");
    }

    @Test
    void withoutExplanationsTheKeyQuotationsPageSaysSo() {
        Document page = GuideFixture.in(root).build().assertClean().page("key-quotations.html");
        assertThat(page.select("main p").text()).isEqualTo("No quotation is explained yet.");
    }
}
