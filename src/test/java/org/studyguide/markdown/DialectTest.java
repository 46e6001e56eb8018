package org.studyguide.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.studyguide.markdown.MarkdownFixture.MARKDOWN;
import static org.studyguide.markdown.MarkdownFixture.RESOLVER;
import static org.studyguide.markdown.MarkdownFixture.html;
import static org.studyguide.markdown.MarkdownFixture.parse;
import static org.studyguide.markdown.MarkdownFixture.render;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.studyguide.model.Ref;

/** Spec: the rest of the dialect (heading ids, tables, typography, escaped HTML) and inline rendering. */
class DialectTest {

    @Test
    void headingsGetIdsForTheTableOfContents() {
        Document doc = html("# Partnership\n\n## The Founding Act of 1997\n\n## The Founding Act of 1997\n");
        assertThat(doc.select("h1").attr("id")).isEqualTo("partnership");
        assertThat(doc.select("h2").eachAttr("id")).hasSize(2).doesNotHaveDuplicates()
                .first().isEqualTo("the-founding-act-of-1997");
    }

    @Test
    void tablesRender() {
        Document doc = html("| Year | Event |\n|---|---|\n| 1997 | Founding Act |\n");
        assertThat(doc.select("table thead th").eachText()).containsExactly("Year", "Event");
        assertThat(doc.select("table tbody td").eachText()).containsExactly("1997", "Founding Act");
    }

    @Test
    void punctuationIsTypographic() {
        assertThat(render("\"Quoted\" -- it's 1997--2002 --- and so...\n"))
                .isEqualTo("<p>&ldquo;Quoted&rdquo; &ndash; it&rsquo;s 1997&ndash;2002 &mdash; and so&hellip;</p>\n");
    }

    @Test
    void rawHtmlIsEscapedNotPassedThrough() {
        Document doc = html("<script>alert(1)</script>\n\nInline <b onclick=\"x()\">bold</b> <!-- note -->\n");
        assertThat(doc.select("script, b, [onclick]")).isEmpty();
        assertThat(doc.text()).contains("<script>alert(1)</script>", "<b onclick=\"x()\">bold</b>", "<!-- note -->");
    }

    @Test
    void renderInlineDropsTheSingleParagraphWrapper() {
        assertThat(MARKDOWN.renderInline(parse("What did *Putin* mean by [[NRC]]?"), RESOLVER))
                .isEqualTo("What did <em>Putin</em> mean by <a class=\"ref ref-term\" href=\"/term/NRC\">Label of NRC</a>?");
    }

    @Test
    void renderInlineKeepsBlocksWhenThereIsMoreThanOneParagraph() {
        assertThat(MARKDOWN.renderInline(parse("One.\n\nTwo."), RESOLVER)).isEqualTo("<p>One.</p>\n<p>Two.</p>\n");
        assertThat(MARKDOWN.renderInline(parse("- a\n- b"), RESOLVER)).startsWith("<ul>");
    }

    @Test
    void theStaticRenderInlineRendersPlainMarkdown() {
        assertThat(GuideMarkdown.renderInline("NATO's *eastward* `enlargement` <i>x</i>"))
                .isEqualTo("NATO&rsquo;s <em>eastward</em> <code>enlargement</code> &lt;i&gt;x&lt;/i&gt;");
    }

    @Test
    void theStaticRenderInlineShowsReferencesAsWritten() {
        assertThat(GuideMarkdown.renderInline("See [[NRC]]."))
                .isEqualTo("See <span class=\"ref ref-missing\">[[NRC]]</span>.");
    }

    @Test
    void oneParsedTextRendersCorrectlyFromManyThreadsWithDifferentResolvers() {
        ParsedMarkdown parsed = parse("The NRC and [[term:PJC]].");
        List<String> wrong = IntStream.range(0, 400).parallel()
                .mapToObj(i -> {
                    String prefix = "/site" + i;
                    String out = MARKDOWN.render(parsed, prefixed(prefix));
                    return out.contains(prefix + "/term/NRC") && out.contains(prefix + "/term/PJC") ? null : out;
                })
                .filter(out -> out != null)
                .toList();
        assertThat(wrong).isEmpty();
    }

    private static RefResolver prefixed(String prefix) {
        return new RefResolver() {
            @Override
            public Optional<Target> target(Ref.Kind kind, String id) {
                return RESOLVER.target(kind, id).map(t -> new Target(prefix + t.url(), t.label()));
            }

            @Override
            public Optional<QuoteFigure> quote(String id) {
                return RESOLVER.quote(id);
            }
        };
    }
}
