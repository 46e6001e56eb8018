package org.studyguide.markdown;

import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import java.util.Set;

/**
 * The renderer part of {@link CalloutExtension}: a callout becomes an {@code <aside>} with
 * {@code role="note"} (so screen readers announce it as a note, not as a page region), named by
 * its title line. A callout of unknown kind, which the build reports, stays a block quote.
 */
final class CalloutRenderer implements NodeRenderer {
    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(Callout.class, CalloutRenderer::render));
    }

    private static void render(Callout callout, NodeRendererContext context, HtmlWriter html) {
        if (callout.kind().isEmpty()) {
            html.withAttr().tagLineIndent("blockquote", () -> context.renderChildren(callout));
            return;
        }
        String id = TextAnchors.KEY.get(context.getDocument()).callout(callout.markerOffset());
        html.attr("class", "callout " + callout.kind().get().cssClass()).attr("role", "note")
                .attr("aria-labelledby", id).withAttr().tagLineIndent("aside", () -> {
                    html.attr("class", "callout-title").attr("id", id).withAttr().tag("p")
                            .text(callout.title()).tag("/p").line();
                    context.renderChildren(callout);
                });
    }
}
