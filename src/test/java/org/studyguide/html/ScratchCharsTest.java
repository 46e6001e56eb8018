package org.studyguide.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** A thread's spare buffer goes to one borrower at a time, and what reads or writes through it stays within its own text. */
class ScratchCharsTest {
    @Test
    void aBufferGivenBackIsLentAgainButNeverToTwoAtOnce() {
        char[] first = ScratchChars.borrow(100);
        char[] nested = ScratchChars.borrow(100);
        assertThat(nested).isNotSameAs(first).hasSizeGreaterThanOrEqualTo(100);
        ScratchChars.giveBack(first);
        assertThat(ScratchChars.borrow(50)).isSameAs(first);
        assertThat(ScratchChars.borrow(50)).isNotSameAs(first); // lent out again, so a new one
        ScratchChars.giveBack(first);
        assertThat(ScratchChars.borrow(first.length + 1)).isNotSameAs(first).hasSize(first.length + 1);
    }

    @Test
    void aHugeBufferIsLeftToTheCollectorAndASmallerOneDoesNotReplaceALargerSpare() {
        char[] large = ScratchChars.borrow(4096);
        ScratchChars.giveBack(large);
        ScratchChars.giveBack(new char[16]);
        assertThat(ScratchChars.borrow(10)).isSameAs(large);
        char[] huge = new char[ScratchChars.KEEP_AT_MOST + 1];
        ScratchChars.giveBack(huge);
        assertThat(ScratchChars.borrow(10)).isNotSameAs(huge);
    }

    @Test
    void aShortPageParsedAndWrittenAfterALongOneIsNotMixedWithItsLeftovers() {
        String longPage = "<!doctype html><html><head><title>long</title></head><body><main>"
                + "<p>filler text that stays in the lent buffer</p>".repeat(200) + "</main></body></html>";
        String shortPage = "<!doctype html><html><head><title>s</title></head><body><p>x</p></body></html>";
        for (String page : new String[] {longPage, shortPage, longPage.replace("filler", "other"), shortPage}) {
            Document ours = WellFormedHtml.document(page);
            assertThat(ours).isNotNull();
            SameTree.assertSame(Jsoup.parse(page), ours, page);
            assertThat(HtmlOut.outerHtml(ours)).isEqualTo(Jsoup.parse(page).outerHtml());
            assertThat(HtmlOut.outerHtmlUtf8(ours, 10)).isEqualTo(HtmlOut.outerHtml(ours).getBytes(
                    java.nio.charset.StandardCharsets.UTF_8));
            // A fragment ending in text, where reading on past its end would take the leftovers.
            assertThat(SameTree.check(false, "<p>x</p>trailing words")).isTrue();
        }
    }
}
