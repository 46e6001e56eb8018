package org.studyguide.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.io.Writer;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The page writer takes every kind of write as a StringWriter does, growing past the size it was given. */
class CharsWriterTest {
    private static void writes(Writer out) {
        try {
            out.write('<');
            out.write("p class=\"a\">«typographic» text ");
            out.write("--abcdef--", 2, 6);
            out.write(new char[] {'x', 'y', 'z'}, 1, 2);
            out.append(new StringBuilder("built"));
            out.append("0123456789", 3, 7);
            out.append(null);
            out.append(null, 1, 3);
            out.append('!');
            out.write("long line of text ".repeat(50));
            out.write("</p>\n");
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void writesWhatAStringWriterWrites() {
        StringWriter expected = new StringWriter();
        writes(expected);
        for (int capacity : new int[] {1, 16, 100_000}) {
            CharsWriter out = new CharsWriter(capacity);
            writes(out);
            assertThat(out.toString()).as("capacity %d", capacity).isEqualTo(expected.toString());
            assertThat(out.length()).isEqualTo(expected.toString().length());
            assertThat(out.utf8()).isEqualTo(expected.toString().getBytes(StandardCharsets.UTF_8));
            out.release();
        }
    }

    @Test
    void aPageWrittenAfterALongerOneHoldsOnlyItsOwnText() {
        Consumer<String> check = text -> {
            CharsWriter out = new CharsWriter(8);
            out.write(text);
            assertThat(out.toString()).isEqualTo(text);
            out.release();
        };
        check.accept("a long page ".repeat(1000));
        check.accept("short");
        check.accept("");
    }
}
