package org.studyguide.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.studyguide.markdown.SourceMarks;
import org.studyguide.print.PrintPage;

/**
 * A print page made of its frame and its chapters' articles, each finished alone in its chapter's
 * task: read back with Jsoup, it is the page a whole-page pass would make, and the check stage gets
 * its elements in the order the page's text has them, with the articles' source marks.
 */
class PrintAssemblyTest {
    private static final String MARK = SourceMarks.ATTRIBUTE;

    /** A chapter's passed page, its article holding a marked link to each of {@code links} and a table. */
    private static Document chapter(String id, String... links) {
        StringBuilder body = new StringBuilder();
        for (String link : links) {
            body.append("<p>See <a ").append(MARK).append("=\"3:5:content/chapters/").append(id).append(".md\" href=\"")
                    .append(link).append("\">there</a>.</p>");
        }
        Document page = PagePasses.parse("<html><body><main><article class=\"chapter\" aria-labelledby=\"t\"><h1 id=\"t\">"
                + id + "</h1><nav class=\"pager\"><a href=\"x.html\">Next</a></nav><section class=\"chapter-body\">"
                + "<h2 id=\"part\">Part</h2>" + body + "<table><caption>Dates</caption><tr><td>1997</td></tr></table>"
                + "</section></article></main></body></html>");
        return PagePasses.apply(page, "chapters/" + id + ".html", java.util.Optional.empty());
    }

    private static PrintArticle article(PrintPlace place, String id, String... links) {
        return PrintArticle.of(new PrintPlace.Article(id, place), "chapters/" + id + ".html", chapter(id, links));
    }

    private static Document frame(String contents, List<PrintArticle> articles) {
        StringBuilder html = new StringBuilder("<html><body><main><h1 id=\"print-title\">Print</h1><nav>" + contents + "</nav>\n");
        PrintArticle.chapters(articles).forEach(chapter -> html.append(chapter.html()).append('\n'));
        return PagePasses.parse(html.append("</main></body></html>").toString());
    }

    private static PassedPage assembled(String contents, List<PrintArticle> articles) {
        return PrintAssembly.assemble(frame(contents, articles), "print.html", articles);
    }

    private static Document read(PassedPage page) {
        return Jsoup.parse(new String(page.bytes(), StandardCharsets.UTF_8));
    }

    private static final PrintPlace PLACE = PrintPlace.of("print.html", List.of("one", "two", "three"));

    @Test
    void linksToChaptersOnThePageGoToTheirArticlesAndOthersStayLinks() {
        List<PrintArticle> articles = List.of(article(PLACE, "one", "/chapters/two.html#part", "#t", "/glossary.html#NRC"),
                article(PLACE, "two", "/chapters/three.html#part", "/chapters/one.html#nowhere"));
        Document page = read(assembled("<a href=\"/chapters/one.html\">One</a>", articles));

        assertThat(page.select("main > article.chapter").eachAttr("id")).containsExactly("one", "two");
        assertThat(page.select("nav a").eachAttr("href")).containsExactly("#one");
        assertThat(page.select("#one p a").eachAttr("href")).containsExactly("#two-part", "#one-t", "glossary.html#NRC");
        assertThat(page.select("#two p a").eachAttr("href"))
                .as("chapter three is printed there but not placed; an id it lacks goes to the article")
                .containsExactly("chapters/three.html#part", "#one");
        assertThat(page.select("#one").attr("aria-labelledby")).isEqualTo("one-t");
        assertThat(page.select(".pager")).isEmpty();
        assertThat(page.select("div.table-scroll > table")).hasSize(2);
        assertThat(page.select("[" + MARK + "]")).isEmpty();
    }

    @Test
    void theCheckStageGetsThePagesElementsInTheTextsOrderWithTheArticlesMarks() {
        List<PrintArticle> articles = List.of(article(PLACE, "one", "/chapters/two.html"), article(PLACE, "two", "#part"));
        PassedPage page = assembled("", articles);
        List<Element> parsed = read(page).getAllElements();

        assertThat(page.elements()).extracting(Element::normalName)
                .containsExactlyElementsOf(parsed.stream().map(Element::normalName).toList());
        assertThat(page.elements()).extracting(element -> element.attr("href"))
                .containsExactlyElementsOf(parsed.stream().map(element -> element.attr("href")).toList());
        assertThat(page.marks().entrySet()).extracting(mark -> mark.getKey().attr("href") + " " + mark.getValue())
                .containsExactlyInAnyOrder("#two 3:5:content/chapters/one.md", "#two-part 3:5:content/chapters/two.md");
    }

    @Test
    void anArticleFromTheCacheMakesTheSamePageAsOneMadeNow() {
        List<PrintArticle> made = List.of(article(PLACE, "one", "/chapters/two.html#part"), article(PLACE, "two", "#t"));
        List<PrintArticle> kept = made.stream().map(a -> PrintArticle.decode(a.encoded()).orElseThrow()).toList();
        assertThat(PrintArticle.keys(kept)).isEqualTo(PrintArticle.keys(made));

        PassedPage fromCache = assembled("", kept);
        PassedPage now = assembled("", made);
        assertThat(new String(fromCache.bytes(), StandardCharsets.UTF_8)).isEqualTo(new String(now.bytes(), StandardCharsets.UTF_8));
        assertThat(fromCache.elements()).extracting(Element::normalName)
                .containsExactlyElementsOf(now.elements().stream().map(Element::normalName).toList());
        assertThat(fromCache.marks().values()).containsExactlyInAnyOrderElementsOf(now.marks().values());
    }

    @Test
    void anArticleAloneIsWrittenAsTheWholePageWouldWriteIt() {
        List<PrintArticle> articles = List.of(article(PLACE, "one", "/chapters/two.html#part"), article(PLACE, "two"));
        PassedPage page = assembled("", articles);
        Document whole = frame("", articles);
        // The articles' trees (links set by the page) in their placeholders' places, the page written whole.
        Map<Integer, Element> trees = Map.of(0, page.elements().stream().filter(e -> e.id().equals("one")).findFirst().orElseThrow(),
                1, page.elements().stream().filter(e -> e.id().equals("two")).findFirst().orElseThrow());
        List<Element> placeholders = whole.select("article[data-print-article]");
        for (int i = 0; i < placeholders.size(); i++) {
            placeholders.get(i).replaceWith(trees.get(i).clone());
        }
        PagePasses.apply(whole, "print.html", java.util.Optional.empty());
        assertThat(new String(page.bytes(), StandardCharsets.UTF_8)).isEqualTo(whole.outerHtml());
    }

    @Test
    void idsThatClashOnThePageGetANumberAndLinksFollowThem() {
        List<PrintArticle> articles = List.of(article(PLACE, "one", "/chapters/two.html#t"), article(PLACE, "two", "#t"));
        PassedPage passed = assembled("<h2 id=\"two-t\">Taken</h2>", articles);
        Document page = read(passed);

        assertThat(page.select("#two h1").attr("id")).isEqualTo("two-t-2");
        assertThat(page.select("#two").attr("aria-labelledby")).isEqualTo("two-t-2");
        assertThat(page.select("#one p a").attr("href")).isEqualTo("#two-t-2");
        assertThat(page.select("#two p a").attr("href")).isEqualTo("#two-t-2");
        assertThat(passed.elements()).extracting(Element::id).contains("two-t-2");
    }

    @Test
    void anArticlePlacedTwiceIsCopiedWithNumberedIdsAndOnlyTheTemplatesPlaceholdersAreReplaced() {
        List<PrintArticle> articles = List.of(article(PLACE, "one", "#part"));
        String placeholder = PrintArticle.chapters(articles).get(0).html();
        Document frame = PagePasses.parse("<html><body><main>" + placeholder + placeholder
                + "<article data-print-article=\"7\">own</article></main></body></html>");
        Document page = read(PrintAssembly.assemble(frame, "print.html", articles));

        assertThat(page.select("article.chapter").eachAttr("id")).containsExactly("one", "one-2");
        assertThat(page.select("article.chapter h2").eachAttr("id")).containsExactly("one-part", "one-part-2");
        assertThat(page.select("article.chapter p a").eachAttr("href")).as("the links go to the last copy, as a page pass made them")
                .containsExactly("#one-part-2", "#one-part-2");
        assertThat(page.select("article[data-print-article]").eachAttr("data-print-article")).containsExactly("7");
    }

    @Test
    void anArticleOutsideMainKeepsItsLinksToChaptersAsAPagePassLeavesLinksThere() {
        List<PrintArticle> articles = List.of(article(PLACE, "one", "/chapters/two.html#part"), article(PLACE, "two"));
        List<PrintPage.Chapter> chapters = PrintArticle.chapters(articles);
        Document frame = PagePasses.parse("<html><body><main>" + chapters.get(1).html() + "</main>"
                + chapters.get(0).html() + "</body></html>");
        Document page = read(PrintAssembly.assemble(frame, "print.html", articles));

        assertThat(page.select("#one p a").attr("href")).isEqualTo("chapters/two.html#part");
    }
}
