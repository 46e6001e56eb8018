package org.studyguide.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Document;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.studyguide.model.Ref;
import org.studyguide.testing.GeneratedGuide;

/**
 * Our own writing of plain text ({@link ProseTextRenderer}) and of mentions ({@link ReferenceRenderer},
 * {@link FlexmarkEscaping}) gives the HTML that Flexmark's core renderer and its {@code HtmlWriter}
 * tags give: compared on every text of the real guide and of a generated one, and on fuzzed texts
 * full of characters to escape, entities, backslashes and carriage returns, with spellings, titles
 * and links that hold them too.
 */
class FlexmarkWritingTest {
    private static final List<Spelling> SPELLINGS = List.of(
            new Spelling("NRC", "NRC", "NATO–Russia Council"),
            new Spelling("NATO", "NATO", "North Atlantic Treaty Organization"),
            new Spelling("RD", "R&D", "Research & \"development\" <of> &amp; &#39; &bogus"),
            new Spelling(Ref.Kind.PERSON, "putin", "Putin", "Vladimir Putin, President & <co>"),
            new Spelling(Ref.Kind.PERSON, "kozyrev", "Kozyrev", "Andrei Kozyrev"),
            Spelling.ambiguous("Ivanov", "Igor Ivanov or Sergei Ivanov"));
    private static final GuideMarkdown MARKDOWN = new GuideMarkdown(SPELLINGS);
    /** Links to every term, and to people except {@code kozyrev}, with URLs that need escaping. */
    private static final RefResolver RESOLVER = new RefResolver() {
        @Override
        public Optional<Target> target(Ref.Kind kind, String id) {
            return id.equals("kozyrev") ? Optional.empty()
                    : Optional.of(new Target("/" + kind.prefix() + ".html?a=1&b=\"" + id + "\"#" + id, id));
        }

        @Override
        public Optional<QuoteFigure> quote(String id) {
            return MarkdownFixture.RESOLVER.quote(id);
        }
    };
    private static final String[] PIECES = {"NRC", "NATO", "R&D", "Putin", "Kozyrev", "Ivanov", " ", " ", "\n", "\n\n",
        "\r\n", "\r", "&", "&amp;", "&#169;", "&#x41;", "&bogus;", "<", ">", "\"", "'", "\\", "\\*", "*", "_", "`",
        "## ", "- ", "> ", "[[term:NRC]]", "[[person:putin|him]]", "[a](b&c \"t\")", "word", "é", "—", "\t", "[^1]",
        "\n\n[^1]: note & <b>\n", "| a | b |\n|---|---|\n| NRC | x |\n"};

    @Test
    void everyTextOfTheRealGuideAndOfAGeneratedOneRendersAlike(@org.junit.jupiter.api.io.TempDir Path dir)
            throws IOException {
        List<String> texts = new ArrayList<>(LeanParserTest.textsIn(Path.of("content")));
        texts.addAll(LeanParserTest.textsIn(GeneratedGuide.of(dir.resolve("generated"), 6, 3).writeFiles().content()));
        assertThat(texts).hasSizeGreaterThan(800);
        texts.forEach(FlexmarkWritingTest::assertAlike);
    }

    @Test
    void fuzzedTextsRenderAlike() {
        Random random = new Random(13);
        for (int i = 0; i < 3000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(40); n > 0; n--) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            assertAlike(text.toString());
        }
    }

    @Test
    void theComparisonSeesMentionsOfEveryKind() {
        // Else the tests above would prove little: the reference must have written mentions of each kind.
        WrittenMentions.COUNT.set(0);
        String html = assertAlike("The NRC and R&D, Putin, Kozyrev and Ivanov.\n\nNRC and Putin again.");
        assertThat(WrittenMentions.COUNT.get()).isEqualTo(7);
        assertThat(html).contains("title=\"Research &amp; &quot;development&quot; &lt;of&gt; &amp; &#39; &amp;bogus\"",
                "<a class=\"person\" href=\"/person.html?a=1&amp;b=&quot;putin&quot;#putin\">Putin</a>",
                "<span class=\"person\" data-person=\"kozyrev\" title=\"Andrei Kozyrev\">Kozyrev</span>", " Ivanov.");
    }

    private static String assertAlike(String text) {
        ParsedMarkdown parsed = MARKDOWN.parse(MarkdownFixture.source(text), Optional.empty());
        String ours = MARKDOWN.render(parsed, RESOLVER);
        String flexmarks;
        Document document = parsed.document();
        synchronized (document) {
            document.set(ReferenceRenderer.RESOLVER, RESOLVER);
            flexmarks = FLEXMARK.render(document);
            document.remove(ReferenceRenderer.RESOLVER);
        }
        assertThat(ours).as(text).isEqualTo(flexmarks);
        return ours;
    }

    /** The dialect's renderer (a later renderer of a node wins) with Flexmark's own text rendering, and mentions written through {@code HtmlWriter} tags. */
    private static final HtmlRenderer FLEXMARK = HtmlRenderer.builder(GuideMarkdown.options())
            .extensions(List.of(TablesExtension.create(), TypographicExtension.create(), CalloutExtension.create()))
            .nodeRendererFactory(ignored -> new ReferenceRenderer())
            .nodeRendererFactory(ignored -> new WrittenMentions())
            .attributeProviderFactory(new SourceMarks.Factory())
            .nodeRendererFactory(ignored -> new FootnoteRenderer())
            .build();

    /** Mentions as they were written before {@link FlexmarkEscaping}: with {@code HtmlWriter}'s attributes and tags. */
    private static final class WrittenMentions implements NodeRenderer {
        static final AtomicInteger COUNT = new AtomicInteger();

        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(Mention.class, WrittenMentions::render));
        }

        private static void render(Mention node, NodeRendererContext context, HtmlWriter html) {
            COUNT.incrementAndGet();
            Spelling spelling = node.spelling();
            String text = node.getChars().toString();
            Optional<RefResolver.Target> target = node.linked()
                    ? RESOLVER.target(spelling.kind(), spelling.id()) : Optional.empty();
            if (spelling.kind() == Ref.Kind.PERSON) {
                if (spelling.isAmbiguous()) {
                    html.text(text);
                } else if (target.isPresent()) {
                    html.attr("class", "person").attr("href", target.get().url()).withAttr().tag("a").text(text).tag("/a");
                } else {
                    html.attr("class", "person").attr("data-person", spelling.id()).attr("title", spelling.expansion())
                            .withAttr().tag("span").text(text).tag("/span");
                }
                return;
            }
            target.ifPresent(t -> html.attr("class", "term").attr("href", t.url()).withAttr().tag("a"));
            html.attr("title", spelling.expansion()).withAttr().tag("abbr").text(text).tag("/abbr");
            target.ifPresent(t -> html.tag("/a"));
        }
    }
}
