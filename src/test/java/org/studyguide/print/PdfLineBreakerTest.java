package org.studyguide.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The line breaker keeps "Russia’s" whole and otherwise breaks as openhtmltopdf's own does. */
class PdfLineBreakerTest {
    private static List<String> pieces(String text) {
        PdfLineBreaker breaker = new PdfLineBreaker("en");
        breaker.setText(text);
        List<String> pieces = new ArrayList<>();
        int from = 0;
        for (int at = breaker.next(); at > 0; at = breaker.next()) {
            pieces.add(text.substring(from, at));
            from = at;
        }
        return pieces;
    }

    @Test
    void noBreakAfterAnApostropheInsideAWord() {
        assertThat(pieces("Russia’s deepest concern")).containsExactly("Russia’s ", "deepest ", "concern");
        assertThat(pieces("it's NATO’s")).containsExactly("it's ", "NATO’s");
    }

    @Test
    void aClosingQuoteAfterAWordStillEndsIt() {
        assertThat(pieces("the neighbours’ fears")).containsExactly("the ", "neighbours’ ", "fears");
        assertThat(pieces("‘narrow window’ ahead")).containsExactly("‘narrow ", "window’ ", "ahead");
    }
}
