package org.studyguide.markdown;

import com.vladsch.flexmark.ext.wikilink.WikiImage;
import com.vladsch.flexmark.ext.wikilink.WikiLink;
import com.vladsch.flexmark.ext.wikilink.WikiNode;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.NullableDataKey;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.studyguide.model.Ref;

/**
 * Renders our nodes: written references as links, term mentions as {@code <abbr>} (inside a link
 * for the first in a section), people's names as a link to their entry (the first in a section)
 * or a {@code span.person} with their role as its title, and embedded quotations as figures. A reference whose target the
 * resolver does not know is shown as written, in a {@code ref-missing} span; the link stage has
 * already reported it.
 */
final class ReferenceRenderer implements NodeRenderer {
    /** Where the document being rendered finds its targets; set for the length of one render. */
    static final NullableDataKey<RefResolver> RESOLVER = new NullableDataKey<>("STUDYGUIDE_REF_RESOLVER");
    /** Where a mention's HTML waits while Flexmark writes its marker, when the render splices (see {@link RawSplices}). */
    static final NullableDataKey<RawSplices> SPLICES = new NullableDataKey<>("STUDYGUIDE_RAW_SPLICES");

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(
                new NodeRenderingHandler<>(WikiLink.class, ReferenceRenderer::renderLink),
                new NodeRenderingHandler<>(WikiImage.class, (node, context, html) -> renderMissing(node, html)),
                new NodeRenderingHandler<>(QuoteEmbed.class, ReferenceRenderer::renderEmbed),
                new NodeRenderingHandler<>(Mention.class, ReferenceRenderer::renderMention));
    }

    private static RefResolver resolver(NodeRendererContext context) {
        return Objects.requireNonNull(RESOLVER.get(context.getDocument()), "render through GuideMarkdown.render");
    }

    private static void renderLink(WikiLink node, NodeRendererContext context, HtmlWriter html) {
        if (!(ReferenceSyntax.read(node) instanceof ReferenceSyntax.Written written)) {
            renderMissing(node, html);
            return;
        }
        Optional<RefResolver.Target> target = resolver(context).target(written.kind(), written.id());
        if (target.isEmpty()) {
            renderMissing(node, html);
            return;
        }
        html.attr("class", "ref ref-" + written.kind().prefix()).attr("href", target.get().url())
                .withAttr().tag("a").text(written.label().orElse(target.get().label())).tag("/a");
    }

    /**
     * A mention, written as one string: {@code tag()} would ask the attribute providers (which mark
     * no mention) and run Flexmark's escaping over each attribute, for every mention of a long text.
     */
    private static void renderMention(Mention node, NodeRendererContext context, HtmlWriter html) {
        Spelling spelling = node.spelling();
        String text = FlexmarkEscaping.text(node.getChars());
        Optional<RefResolver.Target> target = node.linked()
                ? resolver(context).target(spelling.kind(), spelling.id()) : Optional.empty();
        StringBuilder out = new StringBuilder(96);
        if (spelling.kind() == Ref.Kind.PERSON) {
            renderName(spelling, text, target, out);
        } else {
            target.ifPresent(t -> out.append("<a class=\"term\" href=\"").append(FlexmarkEscaping.attribute(t.url()))
                    .append("\">"));
            out.append("<abbr title=\"").append(FlexmarkEscaping.attribute(spelling.expansion())).append("\">")
                    .append(text).append("</abbr>");
            target.ifPresent(t -> out.append("</a>"));
        }
        RawSplices splices = SPLICES.get(context.getDocument());
        html.raw(splices == null ? out : splices.marker(out));
    }

    /** A person's name: a link to their entry the first time, then a name with their role as its title. */
    private static void renderName(Spelling spelling, String text, Optional<RefResolver.Target> target,
            StringBuilder out) {
        if (spelling.isAmbiguous()) {
            out.append(text);
        } else if (target.isPresent()) {
            out.append("<a class=\"person\" href=\"").append(FlexmarkEscaping.attribute(target.get().url()))
                    .append("\">").append(text).append("</a>");
        } else {
            out.append("<span class=\"person\" data-person=\"").append(FlexmarkEscaping.attribute(spelling.id()))
                    .append("\" title=\"").append(FlexmarkEscaping.attribute(spelling.expansion())).append("\">")
                    .append(text).append("</span>");
        }
    }

    private static void renderEmbed(QuoteEmbed node, NodeRendererContext context, HtmlWriter html) {
        Optional<RefResolver.QuoteFigure> quote = Optional.empty();
        if (ReferenceSyntax.read(node.reference()) instanceof ReferenceSyntax.Written written
                && written.kind() == Ref.Kind.QUOTE) {
            quote = resolver(context).quote(written.id());
        }
        if (quote.isPresent()) {
            FigureHtml.write(quote.get(), html);
        } else {
            html.tag("p");
            renderMissing(node.reference(), html);
            html.tag("/p").line();
        }
    }

    private static void renderMissing(WikiNode node, HtmlWriter html) {
        html.attr("class", "ref ref-missing").withAttr().tag("span").text(node.getChars().toString()).tag("/span");
    }
}
