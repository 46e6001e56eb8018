package org.studyguide.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.studyguide.markdown.MarkdownFixture.MARKDOWN;
import static org.studyguide.markdown.MarkdownFixture.RESOLVER;
import static org.studyguide.markdown.MarkdownFixture.at;
import static org.studyguide.markdown.MarkdownFixture.parse;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.studyguide.diag.Diagnostics;

/** Mentions are found throughout long texts, including one long paragraph full of overlapping candidates. */
class LongTextTest {
    /** Five words, with two mentions (the second of which overlaps a shorter spelling). */
    private static final String SENTENCE = "The NRC and NATO–Russia Council. ";
    private static final int SENTENCES = 40_000;

    @Test
    void everyMentionInAParagraphOfTwoHundredThousandWordsIsFound() {
        // One paragraph, wrapped every ten sentences: a line may not exceed MarkdownLimits.MAX_LINE.
        String text = (SENTENCE.repeat(10) + "\n").repeat(SENTENCES / 10);
        assertThat(text.split(" ")).hasSizeGreaterThanOrEqualTo(200_000);
        List<RefUse> uses = MARKDOWN.references(parse(text), new Diagnostics());
        assertThat(uses).hasSize(2 * SENTENCES)
                .allSatisfy(use -> assertThat(use.ref().id()).isEqualTo("NRC"))
                .allSatisfy(use -> assertThat(use.mention()).isTrue());
        int last = SENTENCE.length() * 9 + SENTENCE.indexOf("NATO");
        assertThat(uses.get(uses.size() - 1).ref().position()).isEqualTo(at(10 + SENTENCES / 10 - 1, 1 + last));
    }

    @Test
    void aLongTextOfManySectionsLinksTheFirstMentionOfEach() {
        StringBuilder text = new StringBuilder();
        int sections = 2_000;
        for (int i = 0; i < sections; i++) {
            text.append("## Section ").append(i).append("\n\n");
            for (int p = 0; p < 5; p++) {
                text.append(SENTENCE.repeat(4)).append("NATO and the PJC.\n\n");
            }
        }
        Document doc = Jsoup.parseBodyFragment(MARKDOWN.render(parse(text.toString()), RESOLVER));
        assertThat(doc.select("abbr")).hasSize(sections * 5 * (8 + 2));
        assertThat(doc.select("a.term")).hasSize(sections * 3);
        assertThat(doc.select("h2")).hasSize(sections);
    }
}
