package org.studyguide.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** A print article as the page cache keeps it: read back whole, and nothing from damaged bytes. */
class PrintArticleCodecTest {
    private static PrintArticle article() {
        Document page = PagePasses.parse("<html><body><main><article class=\"chapter\"><h1 id=\"t\">One: ‘a’</h1>"
                + "<p><a data-sg-source=\"4:2:content/chapters/one.md\" href=\"two.html#x\">two</a> 3:1:x</p>"
                + "</article></main></body></html>");
        return PrintArticle.of(new PrintPlace.Article("one", PrintPlace.of("print.html", List.of("one", "two"))),
                "chapters/one.html", page);
    }

    @Test
    void anArticleReadBackIsTheSameArticle() {
        PrintArticle made = article();
        PrintArticle read = PrintArticle.decode(made.encoded()).orElseThrow();

        assertThat(read.chapter()).isEqualTo("one");
        assertThat(read.source()).isEqualTo("/chapters/one.html");
        assertThat(read.ids()).containsExactly(entry("", "one"), entry("t", "one-t"));
        assertThat(read.text()).isEqualTo(made.text());
        assertThat(read.links()).containsExactly(new PrintArticle.Link(3, "href", "/chapters/two.html#x"));
        assertThat(read.marks()).containsEntry(3, "4:2:content/chapters/one.md").hasSize(1);
        assertThat(read.encoded()).isEqualTo(made.encoded());
    }

    @Test
    void damagedBytesGiveNoArticle() {
        byte[] stored = article().encoded();
        for (int length = 0; length < stored.length; length++) {
            assertThat(PrintArticle.decode(Arrays.copyOf(stored, length))).as("cut at " + length).isEmpty();
        }
        byte[] longer = Arrays.copyOf(stored, stored.length + 4);
        byte[] otherFormat = stored.clone();
        ByteBuffer.wrap(otherFormat).putInt(1);
        byte[] overlong = stored.clone();
        ByteBuffer.wrap(overlong).putInt(Integer.BYTES, Integer.MAX_VALUE); // the chapter's length
        byte[] negative = stored.clone();
        ByteBuffer.wrap(negative).putInt(Integer.BYTES, -3);
        for (byte[] damaged : List.of(longer, otherFormat, overlong, negative,
                "15:print article 1".getBytes(StandardCharsets.UTF_8))) {
            assertThat(PrintArticle.decode(damaged)).isEmpty();
        }
    }

    private static java.util.Map.Entry<String, String> entry(String key, String value) {
        return java.util.Map.entry(key, value);
    }
}
