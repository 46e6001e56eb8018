package org.studyguide.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.junit.jupiter.api.Test;
import org.studyguide.model.Markdown;
import org.studyguide.model.Position;
import org.studyguide.model.Source;

/** BibTeX escaping: every special character written so that braces balance and the entry parses. */
class BibTexTest {
    private static final Position AT = new Position(Path.of("sources.yml"), 1, 1);

    @Test
    void specialCharactersAreEscaped() {
        assertThat(BibTex.escape("a & b % c $ d # e _ f { g } h")).isEqualTo("a \\& b \\% c \\$ d \\# e \\_ f \\{ g \\} h");
        assertThat(BibTex.escape("x~y^z\\w")).isEqualTo("x\\textasciitilde{}y\\textasciicircum{}z\\textbackslash{}w");
        assertThat(BibTex.escape(" two\nlines ")).isEqualTo("two lines");
    }

    @Test
    void anEntryWithUnbalancedBracesAndABackslashStillParses() throws Exception {
        Source source = new Source("odd", Source.Kind.DOCUMENT, "Closing } before { opening \\ and ~", Optional.of("A \\ B"),
                Optional.empty(), Optional.empty(), "about 1997", Optional.of("https://example.org/{x}"),
                Markdown.at("", AT), AT);
        BibTeXDatabase bib = new BibTeXParser().parse(new StringReader(BibTex.of(List.of(source))));
        BibTeXEntry entry = bib.resolveEntry(new Key("odd"));
        assertThat(entry.getField(BibTeXEntry.KEY_TITLE).toUserString())
                .isEqualTo("Closing \\} before \\{ opening \\textbackslash{} and \\textasciitilde{}");
        assertThat(entry.getField(BibTeXEntry.KEY_URL).toUserString()).isEqualTo("https://example.org/%7Bx%7D");
        assertThat(entry.getField(BibTeXEntry.KEY_NOTE).toUserString()).isEqualTo("Date: about 1997");
    }
}
