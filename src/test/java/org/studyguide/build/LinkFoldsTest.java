package org.studyguide.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studyguide.testing.BuiltGuide;
import org.studyguide.testing.GuideFixture;

/**
 * Long lists of links fold behind a count ("+ 8 more" in a native details element), short ones
 * show whole; a chapter's quotations are listed by reading with who speaks.
 */
class LinkFoldsTest {
    /** Terms 01 to 12, each naming the NRC, so that the NRC's "Used in" list is long. */
    static final String MANY_TERMS = IntStream.rangeClosed(1, 12).mapToObj(i -> """
            - id: term-%02d
              expansion: Term number %d
              definition: A term that names the [[NRC]].
            """.formatted(i, i)).collect(Collectors.joining());

    /** Quotations 01 to 10 from reading A, the even ones quoting a speaker. */
    static final String MANY_QUOTES = IntStream.rangeClosed(1, 10).mapToObj(i -> """
            - id: q%02d
              text: "Sentence number %d was written here."
              source: reading-a
              locator: paragraph %d
              context: A sentence.
            %s""".formatted(i, i, i, i % 2 == 0 ? "  quoting: Speaker " + i + "\n" : "")).collect(Collectors.joining());

    static final String READING = GuideFixture.READING_A + IntStream.rangeClosed(1, 10)
            .mapToObj(i -> "Sentence number " + i + " was written here.").collect(Collectors.joining(" "));

    static final String FIRST = GuideFixture.FIRST + "\nTerms: "
            + IntStream.rangeClosed(1, 12).mapToObj(i -> "[[term-%02d]]".formatted(i)).collect(Collectors.joining(", "))
            + ".\n\nQuotations: "
            + IntStream.rangeClosed(1, 10).mapToObj(i -> "[[quote:q%02d]]".formatted(i)).collect(Collectors.joining(", "))
            + ".\n";

    @TempDir
    Path root;

    private BuiltGuide build() {
        return GuideFixture.in(root).file("glossary.yml", GuideFixture.GLOSSARY + MANY_TERMS)
                .file("quotes.yml", GuideFixture.QUOTES + MANY_QUOTES).file("chapters/first.md", FIRST)
                .readingText("reading-a", READING).build().assertClean();
    }

    @Test
    void aLongUsedInListShowsFiveLinksAndFoldsTheRestBehindTheirCount() {
        Element nrc = build().page("glossary.html").getElementById("NRC");
        Element usedIn = nrc.selectFirst(".backlinks");
        assertThat(usedIn.tagName()).isEqualTo("div");
        assertThat(usedIn.hasClass("link-fold")).isTrue();
        assertThat(usedIn.select("> p.link-fold-lead").text()).startsWith("Used in: First chapter, ");
        assertThat(usedIn.select("> p.link-fold-lead a")).hasSize(5);
        Element more = usedIn.selectFirst("> details.link-fold-more");
        assertThat(more.hasAttr("open")).isFalse();
        assertThat(more.select("> summary").text()).isEqualTo("+ 10 more");
        assertThat(more.select("> p a")).hasSize(10);
        assertThat(usedIn.select("a").eachText()).doesNotHaveDuplicates().hasSize(15)
                .contains("First chapter", "term-01", "term-12", "NRC founded");
    }

    @Test
    void aShortListShowsWholeWithoutAFold() {
        Document glossary = build().page("glossary.html");
        Element usedIn = glossary.getElementById("PJC").selectFirst(".backlinks");
        assertThat(usedIn.tagName()).isEqualTo("p");
        assertThat(usedIn.select("details")).isEmpty();
        assertThat(usedIn.text()).startsWith("Used in: ");
        assertThat(glossary.select("details.link-fold-more")).hasSize(1);
    }

    @Test
    void theQuotationsListOfASourceFoldsTheSameWay() {
        Element reading = build().page("sources.html").getElementById("reading-a");
        assertThat(reading.select("ul.source-quotes")).hasSize(2);
        assertThat(reading.select("> ul.source-quotes li")).hasSize(5);
        Element more = reading.selectFirst("details.link-fold-more");
        assertThat(more.select("summary").text()).isEqualTo("+ 7 more");
        assertThat(more.select("ul.source-quotes li a")).hasSize(7);
    }

    @Test
    void aChapterListsItsQuotationsByReadingWithTheirSpeakersFoldedWhenLong() {
        BuiltGuide built = build();
        Element index = built.page("chapters/first.html").selectFirst("aside.chapter-refs details.quote-index");
        assertThat(index.hasAttr("open")).isFalse();
        assertThat(index.select("> summary").text()).isEqualTo("11 quotations from 1 reading");
        assertThat(index.select("h3.quote-index-reading").eachText()).containsExactly("Reading A");
        assertThat(index.select("li")).hasSize(11);
        Element second = index.select("li").get(2);
        assertThat(second.select("a").text()).isEqualTo("“Sentence number 2 was written here.”");
        assertThat(second.select("a").attr("href")).isEqualTo("../quotes.html#q02");
        assertThat(second.select(".quote-index-speaker").text()).isEqualTo("— Speaker 2");
        assertThat(index.select("li").get(1).select(".quote-index-speaker")).isEmpty();

        Element short_ = built.page("chapters/second.html").selectFirst("details.quote-index");
        assertThat(short_.hasAttr("open")).isTrue();
        assertThat(short_.select("> summary").text()).isEqualTo("1 quotation from 1 reading");
        assertThat(short_.select("li").text()).isEqualTo("“Cooperation was uneven.” — A Speaker");
    }
}
