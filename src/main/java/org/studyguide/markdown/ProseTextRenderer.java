package org.studyguide.markdown;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.Set;

/**
 * Renders a run of plain text as Flexmark's core renderer does (backslash escapes and entities
 * resolved, line ends made {@code \n}, then escaped), but writes the text as it is when it has
 * nothing any of those steps would change: the three regular expressions per run of prose that
 * they take cost more than the rest of a paragraph's rendering.
 */
final class ProseTextRenderer implements NodeRenderer {
    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(Text.class, ProseTextRenderer::render));
    }

    private static void render(Text node, NodeRendererContext context, HtmlWriter html) {
        BasedSequence chars = node.getChars();
        if (isPlain(chars)) {
            html.raw(chars);
        } else {
            html.text(Escaping.normalizeEOL(chars.unescape()));
        }
    }

    /** True when {@code text} has no backslash, entity, carriage return or character to escape. */
    private static boolean isPlain(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            switch (text.charAt(i)) {
                case '\\', '&', '\r', '<', '>', '"' -> {
                    return false;
                }
                default -> {
                }
            }
        }
        return true;
    }
}
