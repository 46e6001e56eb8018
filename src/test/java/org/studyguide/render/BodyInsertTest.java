package org.studyguide.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.junit.jupiter.api.Test;

/**
 * A chapter page parsed with its body's tree put in comes out node for node as the page parsed
 * whole, and the tree is used only where that holds: the body's HTML written once among plain
 * containers.
 */
class BodyInsertTest {
    /** A body as Flexmark writes it, with a term, a footnote cited twice (two back links) and a quotation. */
    private static final String MARKDOWN_HTML = """
            <h2 id="a">The <abbr title="NATO-Russia Council">NRC</abbr></h2>
            <p>Text “quoted”<sup class="footnote-ref"><a id="r1" href="#n1">1</a></sup> and <a href="/glossary.html#NRC">more</a>.</p>
            <figure class="quote" data-quote="q"><blockquote><p>Words.</p></blockquote></figure>
            <pre><code>code
            </code></pre>
            <div class="footnotes"><ol><li id="n1"><p>See this. <a class="footnote-backref" href="#r1">↑</a> <a class="footnote-backref" href="#r1">↑</a></p></li></ol></div>
            """;

    /** The body's tree with its margin notes, as the chapter's view makes it. */
    private static Element body() {
        return MarginNotes.add(Jsoup.parseBodyFragment(MARKDOWN_HTML).body(), id -> Optional.of("<p>Said <em>then</em>.</p>"));
    }

    private static String page(String main) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><title>T</title></head><body>\n<main>" + main
                + "</main>\n<footer>End</footer></body></html>\n";
    }

    /** Each node in document order: its kind, and its text or attributes; texts split in two show as two. */
    private static List<String> nodes(Document page) {
        List<String> nodes = new ArrayList<>();
        NodeTraversor.traverse((Node node, int depth) -> nodes.add(depth + " " + node.nodeName() + " "
                + (node instanceof TextNode text ? text.getWholeText() : node.attributes().html())), page);
        return nodes;
    }

    /** Parses {@code template}, in which {@code BODY} stands for the body's HTML, both ways; true when the tree went in. */
    private static boolean parsesAlike(String template) {
        Element body = body();
        String bodyHtml = body.html();
        String html = page(template.replace("BODY", bodyHtml));
        Document whole = PagePasses.parse(html);
        Document inserted = BodyInsert.parse(html, bodyHtml, body);
        assertThat(nodes(inserted)).as(template).isEqualTo(nodes(whole));
        assertThat(inserted.outerHtml()).isEqualTo(whole.outerHtml());
        return body.childNodeSize() == 0;
    }

    @Test
    void theTreeGoesInWhereTheBodyIsWrittenOnceInPlainContainers() {
        assertThat(parsesAlike("<article class=\"chapter\"><div class=\"chapter-body\">\nBODY\n</div></article>")).isTrue();
        assertThat(parsesAlike("<section>BODY</section>")).as("texts either side joined").isTrue();
        assertThat(parsesAlike("<div>before BODY after</div>")).isTrue();
        assertThat(parsesAlike("<div>BODY</div><textarea>&lt;h2&gt;</textarea>")).isTrue();
        assertThat(parsesAlike("<div>BODY</div><p>studyguide-chapter-body</p>")).as("the tag's name in a text").isTrue();
        assertThat(parsesAlike("<div>BODY</div><!--<studyguide-chapter-body></studyguide-chapter-body>-->"))
                .as("the placeholder's tag in a comment").isTrue();
    }

    @Test
    void aBodyWrittenTwiceChangedOrNotAtAllIsParsedWhole() {
        assertThat(parsesAlike("<div>BODY</div><div>BODY</div>")).isFalse();
        assertThat(parsesAlike("<div>BODY</div><!--BODY-->")).isFalse();
        assertThat(parsesAlike("<div>No body</div>")).isFalse();
        Element body = body();
        String html = page("<div>" + body.html().replace("NRC", "PJC") + "</div>");
        assertThat(BodyInsert.parse(html, body.html(), body).outerHtml()).isEqualTo(PagePasses.parse(html).outerHtml());
        assertThat(body.childNodeSize()).as("the tree is left for nothing").isPositive();
    }

    @Test
    void aBodyWhereTheParserWouldReadItOtherwiseIsParsedWhole() {
        assertThat(parsesAlike("<p>BODY</p>")).as("its blocks close the paragraph").isFalse();
        assertThat(parsesAlike("<table><tr><td>BODY</td></tr></table>")).isFalse();
        assertThat(parsesAlike("<ul><li>BODY</li></ul>")).isFalse();
        assertThat(parsesAlike("<b><div>BODY</div></b>")).isFalse();
        assertThat(parsesAlike("<p><b>bold</p><div>BODY</div>")).as("an open formatting element").isFalse();
        assertThat(parsesAlike("<textarea>BODY</textarea>")).isFalse();
        assertThat(parsesAlike("<div title=\"BODY\"></div>")).isFalse();
        assertThat(parsesAlike("<div><studyguide-chapter-body></studyguide-chapter-body>BODY</div>"))
                .as("a template's own element of the placeholder's name").isFalse();
        assertThat(parsesAlike("<div>BODY</div><studyguide-chapter-body></studyguide-chapter-body>"))
                .as("the same after the body").isFalse();
    }
}
