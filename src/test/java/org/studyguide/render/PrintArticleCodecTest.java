package org.studyguide.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** A print article as the page cache keeps it: read back whole, and nothing from damaged text. */
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
    void damagedTextGivesNoArticle() {
        String text = article().encoded();
        for (String damaged : List.of("", "x", text.substring(0, text.length() - 1), text + "1:x",
                text.replaceFirst("^15:", "16:"), text.replaceFirst("^15:", "-3:"), "15:print article 2")) {
            assertThat(PrintArticle.decode(damaged)).as(damaged).isEmpty();
        }
    }

    private static java.util.Map.Entry<String, String> entry(String key, String value) {
        return java.util.Map.entry(key, value);
    }
}
