package org.studyguide.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.studyguide.html.HtmlOut;
import org.studyguide.markdown.SourceMarks;

/**
 * A print article copied out of its chapter's passed page by rewriting attributes only is the
 * article the page passes would make of it again, and where that might not hold the copy is passed
 * again instead.
 */
class ArticleCopyTest {
    private static final String MARK = SourceMarks.ATTRIBUTE;
    private static final PrintPlace PLACE = PrintPlace.of("print-2.html", List.of("one", "two"));
    private static final PrintPlace.Article ONE = new PrintPlace.Article("one", PLACE);

    /** A chapter page much as the built-in template writes one, with {@code inside} in its body, passed. */
    private static Document passed(String inside) {
        return passed("<main id=\"main\" class=\"wide\">", inside, "</main>");
    }

    private static Document passed(String before, String inside, String after) {
        Document page = PagePasses.parse("<html><head><link rel=\"stylesheet\" href=\"/assets/site.css\"></head><body>"
                + "<nav><a href=\"/chapters/two.html\">Two</a></nav>" + before
                + "<article class=\"chapter\" aria-labelledby=\"chapter-title\"><h1 id=\"chapter-title\">One</h1>\n"
                + "<nav class=\"page-toc\" aria-label=\"Sections\"><a href=\"#s\">S</a></nav>\n"
                + "<p class=\"print-controls\"><a href=\"/print-2.html#one\">Print</a></p>\n"
                + "<section class=\"chapter-body\">" + inside + "</section>\n"
                + "<nav class=\"pager\"><a href=\"/chapters/two.html\">Next</a></nav>\n</article>" + after + "</body></html>");
        return PagePasses.apply(page, "chapters/one.html", Optional.empty());
    }

    /** What a copy is, written: the article's HTML, ids, links and marks. */
    private static String described(ArticleCopy copy) {
        return HtmlOut.outerHtml(copy.tree()) + "\nids " + copy.ids() + "\nlinked " + copy.linked() + " "
                + copy.attributes() + " " + copy.targets() + "\nmarks " + copy.marks() + "\nelements "
                + copy.elements().stream().map(Element::normalName).toList();
    }

    private static void assertSameAsPassedAgain(Document page) {
        Optional<ArticleCopy> rewritten = ArticleCopy.rewritten(ONE, "chapters/one.html", page);
        assertThat(rewritten).as("copied by rewriting attributes").isPresent();
        assertThat(described(rewritten.get()))
                .isEqualTo(described(ArticleCopy.passedAgain(ONE, "chapters/one.html", page)));
    }

    private static void assertPassedAgain(Document page) {
        assertThat(ArticleCopy.rewritten(ONE, "chapters/one.html", page)).as("left to the passes").isEmpty();
        assertThat(described(ArticleCopy.of(ONE, "chapters/one.html", page)))
                .isEqualTo(described(ArticleCopy.passedAgain(ONE, "chapters/one.html", page)));
    }

    @Test
    void aChapterPageGivesTheArticleThePassesWouldGiveAgain() {
        Document page = passed("<h2 id=\"s\" " + MARK + "=\"4:1:content/chapters/one.md\">Section \"one\" -- the 'start'...</h2>"
                + "<p>See <a " + MARK + "=\"5:5:content/chapters/one.md\" href=\"/chapters/two.html#later\">two</a>, "
                + "<a href=\"#s\">above</a>, <a href=\"/glossary.html#NRC\"><abbr title=\"NATO–Russia Council\">NRC</abbr></a>"
                + " and <abbr title=\"NATO–Russia Council\">NRC</abbr>, <a href=\"https://www.nato.int/\">NATO</a>,"
                + " <img src=\"/assets/map.png\" alt=\"Map\"> <blockquote cite=\"/sources.html#b\">q</blockquote></p>"
                + "<label for=\"s\">x</label><div aria-describedby=\"s chapter-title\">d</div>"
                + "<table><caption>Dates</caption><tr><td id=\"d\">1997</td></tr></table>"
                + "<pre><code>a -- \"b\"</code></pre><p translate=\"no\">'as' -- written</p>");
        assertSameAsPassedAgain(page);

        ArticleCopy copy = ArticleCopy.rewritten(ONE, "chapters/one.html", page).orElseThrow();
        Document article = Jsoup.parse(HtmlOut.outerHtml(copy.tree()));
        assertThat(article.select("article").attr("id")).isEqualTo("one");
        assertThat(article.select("[id]").eachAttr("id")).containsExactly("one", "one-chapter-title", "one-s", "one-d");
        assertThat(article.select("a[href]").eachAttr("href"))
                .containsExactly("chapters/two.html#later", "chapters/one.html#s", "glossary.html#NRC", "https://www.nato.int/");
        assertThat(copy.targets()).as("the links to chapters on the page, whose values the page decides")
                .containsExactly("/chapters/two.html#later", "/chapters/one.html#s");
        assertThat(article.select(".pager, .page-toc, .print-controls, [" + MARK + "]")).isEmpty();
        assertThat(copy.marks()).hasSize(2);
    }

    @Test
    void whatThePassesMightChangeIsPassedAgain() {
        Document unwrapped = passed("<table><tr><td>not wrapped</td></tr></table>");
        unwrapped.selectFirst("div.table-scroll").unwrap();
        assertPassedAgain(unwrapped);
        assertPassedAgain(passed("<main translate=\"no\">", "<p>x</p>", "</main>"));
        assertPassedAgain(passed("<main><pre>", "<p>x</p>", "</pre></main>"));
        Document acronymInToc = passed("<p><abbr title=\"NATO–Russia Council\">NRC</abbr></p>");
        acronymInToc.selectFirst(".page-toc a").appendElement("abbr").attr("title", "NATO–Russia Council").text("NRC");
        assertPassedAgain(acronymInToc);
        Document joined = passed("<p>x</p>");
        joined.selectFirst(".pager").before("a-").after("-b");
        assertPassedAgain(joined);
        Document noArticle = PagePasses.apply(PagePasses.parse("<html><body><main><h1>One</h1><p>\"x\"</p></main></body></html>"),
                "chapters/one.html", Optional.empty());
        assertPassedAgain(noArticle);
    }
}
