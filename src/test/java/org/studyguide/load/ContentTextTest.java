package org.studyguide.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.studyguide.diag.Diagnostic;
import org.studyguide.diag.Diagnostics;

/**
 * Decoding a content file: the quick path (no replacement character in the text) and the strict
 * one (a text with U+FFFD, written by the author or made of malformed bytes) agree.
 */
class ContentTextTest {
    private static final Path FILE = Path.of("content/chapters/a.md");

    private static byte[] bytes(String before, int... raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(before.getBytes(StandardCharsets.UTF_8));
        for (int b : raw) {
            out.write(b);
        }
        return out.toByteArray();
    }

    @Test
    void aReplacementCharacterTheAuthorWroteIsKept() {
        Diagnostics diagnostics = new Diagnostics();
        assertThat(ContentText.decode(FILE, bytes("\uFEFFa \uFFFD b\n"), diagnostics)).contains("a \uFFFD b\n");
        assertThat(diagnostics.sorted()).isEmpty();
    }

    @Test
    void textWithoutOneLosesOnlyItsByteOrderMark() {
        Diagnostics diagnostics = new Diagnostics();
        assertThat(ContentText.decode(FILE, bytes("\uFEFFCaf\u00e9 \u2014 \uD83D\uDE00\n"), diagnostics))
                .contains("Caf\u00e9 \u2014 \uD83D\uDE00\n");
        assertThat(diagnostics.sorted()).isEmpty();
    }

    @Test
    void aMalformedByteIsReportedAtItsPlaceWithOrWithoutAReplacementCharacterBeforeIt() {
        for (String before : new String[] {"one\ntw\u00e9 ", "one\n\uFFFDw\u00e9 "}) {
            Diagnostics diagnostics = new Diagnostics();
            assertThat(ContentText.decode(FILE, bytes(before, 0xC3, '\n'), diagnostics)).isEmpty();
            Diagnostic d = diagnostics.sorted().get(0);
            assertThat(d.message()).isEqualTo("this byte is not valid UTF-8 text");
            assertThat(d.position().line()).isEqualTo(2);
            assertThat(d.position().column()).isEqualTo(5);
        }
    }

    @Test
    void aNulCharacterIsReportedOnBothPaths() {
        for (String text : new String[] {"ab\n c\0", "a\uFFFDb\n c\0"}) {
            Diagnostics diagnostics = new Diagnostics();
            assertThat(ContentText.decode(FILE, bytes(text), diagnostics)).isEmpty();
            Diagnostic d = diagnostics.sorted().get(0);
            assertThat(d.message()).isEqualTo("the file contains a NUL character");
            assertThat(d.position().line()).isEqualTo(2);
            assertThat(d.position().column()).isEqualTo(3);
        }
    }
}
