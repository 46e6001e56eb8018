package org.studyguide.verify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Quotation matching on small texts written for these tests, each showing one thing extraction does. */
class QuoteMatcherTest {
    private static boolean found(String quote, String reading) {
        return QuoteMatcher.match(quote, ReadingText.of(reading)).isEmpty();
    }

    @Test
    void findsAnExactQuotation() {
        assertThat(found("the council met twice.", "In 1998 the council met twice. Then it stopped.")).isTrue();
        assertThat(found("The council met twice.", "In 1998 the council met twice.")).isFalse();
    }

    @Test
    void forgivesLineBreakHyphenationAndRealHyphensBrokenAtALine() {
        String reading = "Both sides wanted more co-\noperation, and the NATO-\n\nRussian council agreed.";
        assertThat(found("Both sides wanted more cooperation", reading)).isTrue();
        assertThat(found("the NATO-Russian council agreed.", reading)).isTrue();
    }

    @Test
    void forgivesTypographicQuotesDashesAndWhitespace() {
        String reading = "He called it \u201ca \u2018new\u2019 era\u201d \u2013 briefly.";
        assertThat(found("He called it \"a 'new' era\" - briefly.", reading)).isTrue();
        assertThat(found("He  called\n it \u201ca \u2018new\u2019 era\u201d\u2014briefly.", reading)).isTrue();
    }

    @Test
    void noBreakSpacesCountAsWhitespace() {
        assertThat(found("What is it for? To a great extent", "He said: \u201cWhat is it for?\u00A0 To a great extent\u201d")).isTrue();
    }

    @Test
    void forgivesFootnoteMarks() {
        String reading = "the members of the CSTO1 meet yearly.[iii] Later, in 2001,[12] they did not.";
        assertThat(found("the members of the CSTO meet yearly. Later, in 2001, they did not.", reading)).isTrue();
    }

    @Test
    void elisionsNeedEachFragmentInOrder() {
        String reading = "First came the plan. Nobody liked it. Then came the vote, which failed.";
        assertThat(found("First came the plan. … Then came the vote", reading)).isTrue();
        assertThat(found("First came the plan. [...] which failed.", reading)).isTrue();
        assertThat(found("Then came the vote … First came the plan.", reading)).isFalse();
    }

    @Test
    void otherDifferencesAreNotForgiven() {
        String reading = "Moscow has no power of veto, but its concerns are heard.";
        assertThat(found("moscow has no power of veto", reading)).isFalse();
        assertThat(found("Moscow has no power of veto; but", reading)).isFalse();
        assertThat(found("Moscow has no right of veto", reading)).isFalse();
    }

    @Test
    void aMismatchShowsTheClosestPassageAndTheFirstDifference() {
        String reading = "Some text before. Moscow has no power of veto, but its positions and concerns\n"
                + "are given a fair hearing. Some text after that has nothing to do with it.";
        QuoteMatcher.Mismatch mismatch = QuoteMatcher.match(
                "Moscow has no power of veto, but its views and concerns are given a fair hearing.",
                ReadingText.of(reading)).orElseThrow();
        assertThat(mismatch.closestPassage()).startsWith("Moscow has no power of veto, but its positions");
        assertThat(mismatch.difference())
                .isEqualTo("the quotation has 'its views and concerns' where the reading has 'its positions and concerns'");
    }

    @Test
    void theCanonicalFormMapsBackToTheOriginal() {
        ReadingText text = ReadingText.of("one  two-\nthree “four”");
        assertThat(text.canonical()).isEqualTo("one twothree \"four\"");
        assertThat(text.original(4, 12)).isEqualTo("two- three");
    }
}
