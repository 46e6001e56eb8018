package org.studyguide.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A quotation's label: its first eight words in quotation marks, with an ellipsis only when more follow. */
class QuoteLabelTest {
    private static final Position AT = Position.ofFile(Path.of("quotes.yml"));

    private static String label(String text) {
        return new Quote("q", text, new Ref(Ref.Kind.SOURCE, "s", AT), "", Optional.empty(), Optional.empty(),
                Markdown.at("", AT), Optional.empty(), List.of(), AT, AT).label();
    }

    @Test
    void eightWordsShowWhole() {
        assertThat(label("  one two\tthree\nfour  five six seven eight \n")).isEqualTo("“one two three four five six seven eight”");
    }

    @Test
    void aNinthWordAddsTheEllipsis() {
        assertThat(label("one two three four five six seven eight nine")).isEqualTo("“one two three four five six seven eight…”");
        assertThat(label("one two three four five six seven eight nine ten\n\neleven " + "word ".repeat(500)))
                .isEqualTo("“one two three four five six seven eight…”");
    }

    @Test
    void shortAndEmptyTexts() {
        assertThat(label("one\u00a0two")).isEqualTo("“one\u00a0two”");
        assertThat(label("  ")).isEqualTo("“”");
    }
}
