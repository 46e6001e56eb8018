package org.studyguide.print;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Page-relative URLs of a chapter page turned into site-root URLs. */
class ChapterArticlesTest {
    private static final String PAGE = "chapters/first.html";

    @Test
    void relativeUrlsAreResolvedAgainstThePage() {
        assertThat(ChapterArticles.fromRoot("../glossary.html#NRC", PAGE)).isEqualTo("/glossary.html#NRC");
        assertThat(ChapterArticles.fromRoot("second.html", PAGE)).isEqualTo("/chapters/second.html");
        assertThat(ChapterArticles.fromRoot("./second.html#later", PAGE)).isEqualTo("/chapters/second.html#later");
        assertThat(ChapterArticles.fromRoot("#beginnings", PAGE)).isEqualTo("/chapters/first.html#beginnings");
        assertThat(ChapterArticles.fromRoot("../assets/a.png?v=1", PAGE)).isEqualTo("/assets/a.png?v=1");
        assertThat(ChapterArticles.fromRoot("../../x.html", PAGE)).isEqualTo("/x.html");
    }

    @Test
    void absoluteUrlsAreKept() {
        assertThat(ChapterArticles.fromRoot("https://www.nato.int/a/b.html", PAGE)).isEqualTo("https://www.nato.int/a/b.html");
        assertThat(ChapterArticles.fromRoot("mailto:a@example.org", PAGE)).isEqualTo("mailto:a@example.org");
        assertThat(ChapterArticles.fromRoot("/glossary.html", PAGE)).isEqualTo("/glossary.html");
        assertThat(ChapterArticles.fromRoot("", PAGE)).isEmpty();
    }

    @Test
    void theArticleLosesItsPageOnlyPartsAndTakesTheChapterId() {
        String page = """
                <html><body><main><article class="chapter" aria-labelledby="t"><h1 id="t">T</h1>
                <nav class="page-toc"><a href="#t">T</a></nav><p class="print-controls"><button hidden>Print</button></p><a href="other.html#x">x</a>
                <nav class="pager"><a href="other.html">Next</a></nav></article></main></body></html>""";
        Document tree = Jsoup.parse(page);
        String before = tree.outerHtml();
        String article = ChapterArticles.article("one", "chapters/one.html", tree).outerHtml();
        assertThat(tree.outerHtml()).as("the page itself is left alone").isEqualTo(before);
        assertThat(article).startsWith("<article class=\"chapter\" aria-labelledby=\"t\" id=\"one\">")
                .contains("href=\"/chapters/other.html#x\"").doesNotContain("pager", "print-controls", "page-toc");
    }
}
