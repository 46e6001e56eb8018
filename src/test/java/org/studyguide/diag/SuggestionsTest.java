package org.studyguide.diag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {
    @Test
    void swappedLettersAreOneEdit() {
        assertThat(Suggestions.distance("ncr", "nrc")).isEqualTo(1);
        assertThat(Suggestions.closest("NCR", List.of("NRC", "PJC", "CSTO"))).contains("NRC");
    }

    @Test
    void suggestsOnlyLikelyTypos() {
        assertThat(Suggestions.closest("enlargement", List.of("enlargment", "missile-defence"))).contains("enlargment");
        assertThat(Suggestions.closest("kosovo", List.of("NRC", "PJC"))).isEmpty();
    }

    @Test
    void ignoresCaseAndPrefersTheNearest() {
        assertThat(Suggestions.didYouMean("summary", List.of("Summary", "summit"))).contains("did you mean 'Summary'?");
    }
}
