package org.studyguide.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.parser.Tag;
import org.junit.jupiter.api.Test;

/** {@link HtmlOut} writes every tree exactly as Jsoup's own writer does. */
class HtmlOutTest {
    private static final String PAGE = "<!doctype html><html lang=en><head><meta charset=utf-8><title>A &amp; B</title>"
            + "<style>p > a { color: red }</style><script src=a.js defer></script></head><body>"
            + "<p class=\"x y\" data-n='\"q\"'>Caf\u00e9 &lt;b&gt; &amp; a\u00a0b \ud83d\ude00 <br><img src=i.png alt=\"\">"
            + "<input type=checkbox checked disabled=\"DISABLED\" hidden=\"\"></p><!-- a -- comment -->"
            + "<pre>\n\nfirst line kept</pre><textarea>\nx &lt; y</textarea>"
            + "<svg viewBox=\"0 0 1 1\"><clipPath id=c /><use xlink:href=\"#c\"/><foreignObject><p>in</p></foreignObject></svg>"
            + "<math><mi>x</mi></math><table><tr><td>1</td></tr></table></body></html>";

    private static Document page(String html) {
        Document page = Jsoup.parse(html);
        page.outputSettings().prettyPrint(false).charset(StandardCharsets.UTF_8);
        return page;
    }

    @Test
    void writesAPageAsJsoupDoes() {
        Document page = page(PAGE);
        assertThat(HtmlOut.outerHtml(page)).isEqualTo(page.outerHtml()).contains("<pre>\n\nfirst", "<br>",
                "checked disabled hidden>", "<clipPath id=\"c\" />", "xlink:href=\"#c\"", "<!-- a -- comment -->");
        assertSameForEveryNode(page);
    }

    @Test
    void writesThousandsOfRandomTreesAsJsoupDoes() {
        for (long seed = 1; seed <= 3000; seed++) {
            RandomTrees trees = new RandomTrees(seed);
            assertSameForEveryNode(trees.built());
            assertSameForEveryNode(trees.parsed());
        }
    }

    @Test
    void handsOtherSettingsToJsoup() {
        assertSameUnder(settings -> settings.prettyPrint(true));
        assertSameUnder(settings -> settings.prettyPrint(true).outline(true));
        assertSameUnder(settings -> settings.syntax(Document.OutputSettings.Syntax.xml));
        assertSameUnder(settings -> settings.charset(StandardCharsets.US_ASCII));
        assertSameUnder(settings -> settings.charset(StandardCharsets.ISO_8859_1));
        assertSameUnder(settings -> settings.escapeMode(Entities.EscapeMode.xhtml));
        assertSameUnder(settings -> settings.escapeMode(Entities.EscapeMode.extended));
    }

    @Test
    void handsANodeOutsideADocumentOrOfAnUnknownClassToJsoup() {
        Element detached = page(PAGE).body().clone();
        detached.remove();
        assertThat(HtmlOut.outerHtml(detached)).isEqualTo(detached.outerHtml()).contains("\n"); // pretty-printed
        Document page = page(PAGE);
        Element unknown = new Element(Tag.valueOf("p"), "") {
            @Override
            public String tagName() {
                return "q";
            }
        };
        page.body().appendChild(unknown.appendText("<"));
        assertThat(HtmlOut.outerHtml(page)).isEqualTo(page.outerHtml()).contains("<q>&lt;</q>");
    }

    private static void assertSameUnder(Consumer<Document.OutputSettings> change) {
        for (long seed = 1; seed <= 50; seed++) {
            Document page = new RandomTrees(seed).built();
            change.accept(page.outputSettings());
            assertSameForEveryNode(page);
        }
        Document page = page(PAGE);
        change.accept(page.outputSettings());
        assertSameForEveryNode(page);
    }

    /** The document, and each node in it, written by both; each element's inside too. */
    private static void assertSameForEveryNode(Document document) {
        assertThat(HtmlOut.outerHtml(document)).isEqualTo(document.outerHtml());
        for (Node node : document.nodeStream().toList()) {
            assertThat(HtmlOut.outerHtml(node)).as(node::nodeName).isEqualTo(node.outerHtml());
            byte[] utf8 = node.outerHtml().getBytes(StandardCharsets.UTF_8);
            // The buffer's first size, too small, exact, generous or the old fixed 8,192, changes nothing written.
            for (int expected : new int[] {0, 1, utf8.length, 4 * utf8.length + 1000, 8192}) {
                assertThat(HtmlOut.outerHtmlUtf8(node, expected)).as(node::nodeName).isEqualTo(utf8);
            }
            if (node instanceof Element element) {
                assertThat(HtmlOut.innerHtml(element)).as(node::nodeName).isEqualTo(element.html());
            }
        }
    }
}
