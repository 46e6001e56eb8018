package org.studyguide.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The print page takes the chapters' articles as trees, and comes out as if it had parsed their HTML. */
class PrintArticlesTest {
    private static final String CHAPTER = """
            <html><body><main><article class="chapter" aria-labelledby="t"><h1 id="t">T</h1>
            before <nav class="page-toc"><a href="#t">T</a></nav> after 'quoted' <a href="other.html">x</a>
            <table><tr><td>a</td></tr></table></article></main></body></html>""";

    private static Element article(String id) {
        return ChapterArticles.article(id, "chapters/" + id + ".html", Jsoup.parse(CHAPTER));
    }

    private static String page(String first, String second) {
        return "<html><body><main><h1>Print</h1>\n" + first + "\n" + second + "\n</main></body></html>";
    }

    @Test
    void thePageWithTheTreesInsertedIsThePageParsedWithTheArticlesHtml() {
        PrintArticles articles = new PrintArticles(List.of(article("one"), article("two")));
        List<PrintPage.Chapter> chapters = PrintArticles.placeholders(List.of("one", "two"));
        Document assembled = Jsoup.parse(page(chapters.get(0).html(), chapters.get(1).html()));
        articles.insert(assembled);
        Document parsed = Jsoup.parse(page(article("one").outerHtml(), article("two").outerHtml()));

        assertThat(chapters).extracting(PrintPage.Chapter::id).containsExactly("one", "two");
        assertThat(assembled.outerHtml()).isEqualTo(parsed.outerHtml()).contains("id=\"two\"");
        // The text around the contents removed from the article is one text node, as parsing makes it,
        // so that passes over the text (the typography's quotes) read it alike.
        assertThat(assembled.getElementById("one").childNodeSize()).isEqualTo(parsed.getElementById("one").childNodeSize());
    }

    @Test
    void anArticleWrittenTwiceIsCopiedAndOnlyTheTemplatesPlaceholdersAreReplaced() {
        Element one = article("one");
        one.appendElement("article").attr("data-print-article", "0").text("the chapter's own");
        PrintArticles articles = new PrintArticles(List.of(one));
        String placeholder = PrintArticles.placeholders(List.of("one")).get(0).html();
        Document page = Jsoup.parse(page(placeholder, placeholder + "<article data-print-article=\"7\"></article>"));
        articles.insert(page);

        assertThat(page.select("article.chapter")).hasSize(2).allSatisfy(article -> assertThat(article.id()).isEqualTo("one"));
        assertThat(page.select("article[data-print-article]")).extracting(e -> e.attr("data-print-article"))
                .as("the articles' own elements and a placeholder that names no article stay")
                .containsExactly("0", "0", "7");
    }
}
