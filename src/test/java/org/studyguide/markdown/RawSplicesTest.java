package org.studyguide.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The markers a render writes for finished HTML, and the splice that puts the HTML in their place. */
class RawSplicesTest {

    @Test
    void eachMarkerIsReplacedByItsPieceWhereverItEndsUp() {
        RawSplices splices = new RawSplices();
        String first = splices.marker("<abbr title=\"a\">A</abbr>");
        String second = splices.marker(new StringBuilder("<b>B</b>"));
        assertThat(first).hasSize(3).startsWith("\uE000").endsWith("\uE001");
        assertThat(splices.splice("<p>" + second + " then " + first + "</p>\n"))
                .contains("<p><b>B</b> then <abbr title=\"a\">A</abbr></p>\n");
    }

    @Test
    void manyPiecesGetMarkersOfMoreDigits() {
        RawSplices splices = new RawSplices();
        List<String> markers = IntStream.range(0, 1234).mapToObj(i -> splices.marker("<i>" + i + "</i>")).toList();
        assertThat(markers.get(1233)).hasSize(6);
        String spliced = splices.splice(String.join(" ", markers)).orElseThrow();
        assertThat(spliced).startsWith("<i>0</i> <i>1</i> ").endsWith(" <i>1233</i>");
    }

    @Test
    void outputWithoutPiecesIsLeftAsItIsWhateverItHolds() {
        assertThat(new RawSplices().splice("text \uE000\uE030\uE001 \uE000")).contains("text \uE000\uE030\uE001 \uE000");
    }

    @Test
    void outputThatHoldsAnythingElseLikeAMarkerIsRefused() {
        RawSplices splices = new RawSplices();
        String marker = splices.marker("<b>x</b>");
        assertThat(splices.splice(marker + marker)).as("twice").isEmpty();
        assertThat(splices.splice("nothing")).as("missing").isEmpty();
        assertThat(splices.splice(marker + " \uE000\uE031\uE001")).as("a number with no piece").isEmpty();
        assertThat(splices.splice(marker + " \uE000\uE030\uE030\uE001")).as("the same number again").isEmpty();
        assertThat(splices.splice(marker + " \uE000x")).as("no number").isEmpty();
        assertThat(splices.splice(marker + " \uE000\uE030")).as("unfinished").isEmpty();
        assertThat(splices.splice(marker + " \uE000" + "\uE030".repeat(12) + "\uE001")).as("too long").isEmpty();
        assertThat(splices.splice("\uE001" + marker + "\uE031")).as("stray ends and digits are text")
                .contains("\uE001<b>x</b>\uE031");
    }
}
