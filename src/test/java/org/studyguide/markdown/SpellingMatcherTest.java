package org.studyguide.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The matcher on its own: whole words, longest first, leftmost, no overlaps. */
class SpellingMatcherTest {
    private static final Spelling NATO = new Spelling("NATO", "NATO", "North Atlantic Treaty Organization");
    private static final Spelling NRC = new Spelling("NRC", "NATO–Russia Council", "NATO–Russia Council");
    private static final Spelling COUNCIL = new Spelling("COUNCIL", "Council of Europe", "Council of Europe");

    private static List<String> found(List<Spelling> spellings, String text) {
        return new SpellingMatcher(spellings).find(text).stream()
                .map(m -> m.start() + "-" + m.end() + ":" + m.spelling().id())
                .toList();
    }

    @Test
    void findsEveryWholeWordWithItsOffsets() {
        assertThat(found(List.of(NATO), "NATO and NATO.")).containsExactly("0-4:NATO", "9-13:NATO");
    }

    @Test
    void letterAndDigitNeighboursPreventAMatch() {
        assertThat(found(List.of(NATO), "NATOs xNATO NATO1 1NATO éNATO")).isEmpty();
    }

    @Test
    void theLongestMatchStartingAtAPlaceWins() {
        assertThat(found(List.of(NATO, NRC), "the NATO–Russia Council")).containsExactly("4-23:NRC");
    }

    @Test
    void overlappingMatchesKeepTheLeftmost() {
        Spelling russiaCouncil = new Spelling("RC", "Russia Council of Europe", "x");
        assertThat(found(List.of(NRC, russiaCouncil), "NATO–Russia Council of Europe")).containsExactly("0-19:NRC");
        assertThat(found(List.of(NRC, COUNCIL), "NATO–Russia Council of Europe")).containsExactly("0-19:NRC");
    }

    @Test
    void theFirstSpellingOfADuplicatedTextWinsAndBlankOnesAreIgnored() {
        Spelling other = new Spelling("OTHER", "NATO", "Other");
        Spelling blank = new Spelling("BLANK", " ", "Blank");
        assertThat(found(List.of(NATO, other, blank), "a NATO b")).containsExactly("2-6:NATO");
    }

    @Test
    void noSpellingsFindNothing() {
        assertThat(found(List.of(), "NATO")).isEmpty();
    }

    @Test
    void manyOverlappingCandidatesInOneLongTextAreAllResolved() {
        String text = "The NATO–Russia Council met. ".repeat(100_000);
        List<SpellingMatcher.Match> matches = new SpellingMatcher(List.of(NATO, NRC)).find(text);
        assertThat(matches).hasSize(100_000).allSatisfy(m -> assertThat(m.spelling()).isEqualTo(NRC));
        assertThat(matches.get(99_999).start()).isEqualTo(29 * 99_999 + 4);
    }
}
