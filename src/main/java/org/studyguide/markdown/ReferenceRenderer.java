package org.studyguide.markdown;

import com.vladsch.flexmark.ext.wikilink.WikiImage;
import com.vladsch.flexmark.ext.wikilink.WikiLink;
import com.vladsch.flexmark.ext.wikilink.WikiNode;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.data.NullableDataKey;
import java.util.Optional;
import java.util.Set;
import org.studyguide.model.Ref;

/**
 * Renders our nodes: written references as links, acronym mentions as {@code abbr} (linked for
 * the first in a section), and embedded quotations as figures with their attribution. Targets come
 * from the {@link RefResolver} stored on the document being rendered.
 */
final class ReferenceRenderer implements NodeRenderer {
    /** The resolver for the document being rendered. */
    static final NullableDataKey<RefResolver> RESOLVER = new NullableDataKey<>("STUDYGUIDE_RESOLVER");

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(
                new NodeRenderingHandler<>(WikiLink.class, (node, context, html) -> renderLink(node, context, html)),
                new NodeRenderingHandler<>(WikiImage.class, (node, context, html) -> renderMissing(node, html)),
                new NodeRenderingHandler<>(QuoteEmbed.class, (node, context, html) -> renderEmbed(node, context, html)),
                new NodeRenderingHandler<>(TermMention.class, (node, context, html) -> renderMention(node, context, html)));
    }

    private static RefResolver resolver(NodeRendererContext context) {
        return RESOLVER.get(context.getDocument());
    }

    private static void renderLink(WikiLink node, NodeRendererContext context, HtmlWriter html) {
        ReferenceSyntax.Written written = ReferenceSyntax.read(node);
        Optional<RefResolver.Target> target = written.kind()
                .flatMap(kind -> resolver(context).target(kind, written.id()));
        if (target.isEmpty()) {
            renderMissing(node, html);
            return;
        }
        html.attr("class", "ref ref-" + written.kind().get().prefix()).attr("href", target.get().url())
                .withAttr().tag("a").text(written.label().orElse(target.get().label())).tag("/a");
    }

    private static void renderMention(TermMention node, NodeRendererContext context, HtmlWriter html) {
        Optional<RefResolver.Target> target = node.linked()
                ? resolver(context).target(Ref.Kind.TERM, node.spelling().termId()) : Optional.empty();
        target.ifPresent(t -> html.attr("class", "term").attr("href", t.url()).withAttr().tag("a"));
        html.attr("title", node.spelling().expansion()).withAttr().tag("abbr")
                .text(node.getChars().toString()).tag("/abbr");
        target.ifPresent(t -> html.tag("/a"));
    }

    private static void renderEmbed(QuoteEmbed node, NodeRendererContext context, HtmlWriter html) {
        ReferenceSyntax.Written written = ReferenceSyntax.read(node.reference());
        Optional<RefResolver.QuoteFigure> quote = written.kind().filter(k -> k == Ref.Kind.QUOTE)
                .flatMap(k -> resolver(context).quote(written.id()));
        if (quote.isEmpty()) {
            html.tagLine("p");
            renderMissing(node.reference(), html);
            html.tagLine("/p");
            return;
        }
        RefResolver.QuoteFigure figure = quote.get();
        html.attr("class", "quote").attr("data-quote", figure.id()).withAttr().tagLine("figure");
        html.attr("cite", figure.sourceUrl()).withAttr().tag("blockquote").tag("p").text(figure.text())
                .tag("/p").tag("/blockquote").line();
        html.tag("figcaption");
        figure.speaker().ifPresent(speaker -> html.attr("class", "speaker").withAttr().tag("span")
                .text(speaker).tag("/span").text(", quoted in "));
        html.attr("href", figure.sourceUrl()).withAttr().tag("a").text(figure.sourceTitle()).tag("/a")
                .text(", " + figure.locator() + " · ");
        html.attr("class", "quote-link").attr("href", figure.url()).withAttr().tag("a")
                .text("about this quotation").tag("/a");
        html.tag("/figcaption").line();
        html.tagLine("/figure");
    }

    private static void renderMissing(WikiNode node, HtmlWriter html) {
        html.attr("class", "ref ref-missing").withAttr().tag("span").text(node.getChars().toString()).tag("/span");
    }

    /** Registers the renderer with Flexmark. */
    static final class Extension implements HtmlRenderer.HtmlRendererExtension {
        @Override
        public void rendererOptions(MutableDataHolder options) {
            // Nothing to configure: the resolver is stored per document.
        }

        @Override
        public void extend(HtmlRenderer.Builder builder, String rendererType) {
            builder.nodeRendererFactory(options -> new ReferenceRenderer());
        }
    }

}
