package org.studyguide.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeTraversor;
import org.junit.jupiter.api.Test;
import org.studyguide.print.FirstMentions;

/** The passes' shared walk gives the page each pass would give on a walk of its own. */
class PagePassesTest {
    private static final String PAGE = "<!doctype html><html><head><title>\"T\"</title>"
            + "<link rel=stylesheet href=\"/assets/style.css\"></head><body>"
            + "<nav><a href=\"/index.html\">\"Home\"</a> <a href=\"//cdn.example/x\">x</a></nav>"
            + "<article class=\"chapter\"><div class=\"chapter-body\"><p>It's \"quoted\" -- and --- more...</p>"
            + "<p><abbr title=\"North Atlantic\">NA</abbr> and <abbr title=\"North Atlantic\">NA</abbr>"
            + " see https://example.org/a--b and <code>\"as written\" <b>'x'</b></code> 'then'</p>"
            + "<p translate=\"no\">\"kept\" <span>'kept'</span></p><p>\"after\"<img src=\"/a.png\" alt=\"\"></p>"
            + "<table><caption>\"Cap\"</caption><tr><td><a href=\"/glossary.html#t\" data-src=\"/d\">'t'</a></td></tr></table>"
            + "<form action=\"/s\"><blockquote cite=\"/q\">x</blockquote></form></div>"
            + "<div class=\"question\"><abbr title=\"Other\">O</abbr></div><div class=\"answer\"><abbr title=\"Other\">O</abbr></div>"
            + "</article><pre>\"pre\"</pre><script>var a = \"b\";</script><div></div></body></html>";

    @Test
    void theSharedWalkEqualsEachPassWalkingAlone() {
        Document shared = PagePasses.parse(PAGE);
        PagePasses.apply(shared, "chapters/a.html", Optional.empty());

        Document alone = PagePasses.parse(PAGE);
        NodeTraversor.traverse(RelativeLinks.visitor("chapters/a.html", Optional.empty()), alone);
        ScrollableTables tables = new ScrollableTables();
        NodeTraversor.traverse(tables, alone);
        NodeTraversor.traverse(Typography.visitor(), alone);
        FirstMentions mentions = new FirstMentions();
        NodeTraversor.traverse(mentions, alone);
        tables.wrap();
        mentions.mark();

        assertThat(shared.outerHtml()).isEqualTo(alone.outerHtml());
        assertThat(shared.select("a[href=../index.html]").text()).isEqualTo("“Home”");
        assertThat(shared.select("code").text()).isEqualTo("\"as written\" 'x'");
        assertThat(shared.select("abbr.first")).hasSize(2);
        assertThat(shared.select("div.table-scroll").attr("aria-label")).isEqualTo("\"Cap\"");
    }

    @Test
    void aPartOfAPageIsWalkedFromItsRootWithABasePath() {
        Document page = PagePasses.parse(PAGE);
        Element body = page.selectFirst("div.chapter-body");
        PagePasses.apply(body, "print.html", Optional.of("/guide/"));
        assertThat(page.select("img").attr("src")).isEqualTo("/guide/a.png");
        assertThat(page.select("nav a").first().attr("href")).isEqualTo("/index.html");
        assertThat(body.select("p").first().text()).isEqualTo("It’s “quoted” – and — more…");
        assertThat(body.select("abbr.first")).hasSize(1);
    }
}
