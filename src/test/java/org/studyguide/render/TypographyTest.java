package org.studyguide.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The typographic punctuation of plain text, rule by rule. */
class TypographyTest {
    @Test
    void quotesOpenAfterSpaceOrOpeningPunctuationAndCloseAfterAWord() {
        assertThat(Typography.smarten("\"NATO's\" ('new') role", ' ')).isEqualTo("“NATO’s” (‘new’) role");
        assertThat(Typography.smarten("the '90s and the allies' plans", ' ')).isEqualTo("the ‘90s and the allies’ plans");
    }

    @Test
    void aLeadingQuoteClosesWhenTheTextBeforeItOnThePageEndsInAWord() {
        assertThat(Typography.smarten("'s summit", 'O')).isEqualTo("’s summit");
        assertThat(Typography.smarten("\" said", 'e')).isEqualTo("” said");
    }

    @Test
    void dashesAndEllipsis() {
        assertThat(Typography.smarten("1991--2021 --- and after...", ' ')).isEqualTo("1991–2021 — and after…");
        assertThat(Typography.smarten("NATO-Russia", ' ')).isEqualTo("NATO-Russia");
    }

    @Test
    void textWithoutStraightPunctuationIsUnchanged() {
        assertThat(Typography.smarten("“Already” curly – fine…", ' ')).isEqualTo("“Already” curly – fine…");
    }

    @Test
    void eachMarkIsFoundAloneAndAtEitherEnd() {
        assertThat(Typography.smarten("--x", ' ')).isEqualTo("–x");
        assertThat(Typography.smarten("x--", ' ')).isEqualTo("x–");
        assertThat(Typography.smarten("...", ' ')).isEqualTo("…");
        assertThat(Typography.smarten("x...", ' ')).isEqualTo("x…");
        assertThat(Typography.smarten("\"", ' ')).isEqualTo("“");
        assertThat(Typography.smarten("x'", ' ')).isEqualTo("x’");
        assertThat(Typography.smarten("x-. -x .. x.", ' ')).isEqualTo("x-. -x .. x.");
        assertThat(Typography.smarten("-", ' ')).isEqualTo("-");
        assertThat(Typography.smarten("", ' ')).isEmpty();
    }

    @Test
    void textInsideVerbatimElementsStaysAsWrittenUntilTheOutermostCloses() {
        Document page = Jsoup.parse("<p id=p>\"a\" <code>\"b\" <kbd>\"c\"</kbd> \"d\"</code> \"e\""
                + " <span translate=no>\"f\" <code>\"g\"</code> \"h\"</span> \"i\"</p>");
        Typography.apply(page);
        assertThat(page.getElementById("p").text())
                .isEqualTo("“a” \"b\" \"c\" \"d\" “e” \"f\" \"g\" \"h\" “i”");
    }
}
