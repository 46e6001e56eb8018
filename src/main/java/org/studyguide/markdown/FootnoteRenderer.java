package org.studyguide.markdown;

import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.html.renderer.PhasedNodeRenderer;
import com.vladsch.flexmark.html.renderer.RenderingPhase;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Renders Flexmark's footnotes ({@code text[^1]} and {@code [^1]: ...}) with ids from
 * {@link TextAnchors}, which Flexmark's own renderer cannot give (its {@code fn-1} would clash as
 * soon as two texts on one page have footnotes): a numbered link in the text, and the notes in a
 * list after the text, each with a link back to where it is cited.
 */
final class FootnoteRenderer implements PhasedNodeRenderer {
    /** Numbers the notes of a parsed document in the order they are first cited (Flexmark's order may differ). */
    static void number(Document document) {
        Set<FootnoteBlock> numbered = new java.util.HashSet<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof Footnote footnote && footnote.getFootnoteBlock() != null
                    && numbered.add(footnote.getFootnoteBlock())) {
                footnote.getFootnoteBlock().setFootnoteOrdinal(numbered.size());
            }
        }
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(
                new NodeRenderingHandler<>(Footnote.class, FootnoteRenderer::renderReference),
                new NodeRenderingHandler<>(FootnoteBlock.class, (block, context, html) -> { }));
    }

    @Override
    public Set<RenderingPhase> getRenderingPhases() {
        return Set.of(RenderingPhase.BODY_BOTTOM);
    }

    private static void renderReference(Footnote footnote, NodeRendererContext context, HtmlWriter html) {
        FootnoteBlock block = footnote.getFootnoteBlock();
        if (block == null) {
            html.text(footnote.getChars().toString());
            return;
        }
        TextAnchors anchors = TextAnchors.KEY.get(context.getDocument());
        int ordinal = block.getFootnoteOrdinal();
        html.attr("class", "footnote-ref").withAttr().tag("sup")
                .attr("id", anchors.footnoteRef(ordinal, footnote.getReferenceOrdinal()))
                .attr("href", "#" + anchors.footnote(ordinal)).attr("aria-label", "Note " + ordinal).withAttr()
                .tag("a").text(String.valueOf(ordinal)).tag("/a").tag("/sup");
    }

    @Override
    public void renderDocument(NodeRendererContext context, HtmlWriter html, Document document, RenderingPhase phase) {
        List<FootnoteBlock> notes = FootnoteExtension.FOOTNOTES.get(document).getReferencedFootnoteBlocks().stream()
                .sorted(Comparator.comparingInt(FootnoteBlock::getFootnoteOrdinal)).toList();
        if (notes.isEmpty()) {
            return;
        }
        TextAnchors anchors = TextAnchors.KEY.get(document);
        html.attr("class", "footnotes").withAttr().tagLineIndent("div", () -> {
            html.attr("class", "footnotes-title").withAttr().tag("p").text("Notes").tag("/p").line();
            html.tagLineIndent("ol", () -> {
                for (FootnoteBlock note : notes) {
                    int ordinal = note.getFootnoteOrdinal();
                    html.attr("id", anchors.footnote(ordinal)).withAttr().tagLineIndent("li", () -> {
                        context.renderChildren(note);
                        for (int nth = 0; nth < note.getFootnoteReferences(); nth++) {
                            html.attr("class", "footnote-backref")
                                    .attr("href", "#" + anchors.footnoteRef(ordinal, nth))
                                    .attr("aria-label", "Back to the text of note " + ordinal).withAttr()
                                    .tag("a").text("↑").tag("/a");
                        }
                    });
                }
            });
        });
    }
}
