package org.studyguide.markdown;

import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.wikilink.WikiImage;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns each paragraph that holds nothing but one {@code ![[...]]} into a {@link QuoteEmbed} block,
 * so that the quotation renders as a figure in place of the paragraph, never inside a {@code <p>}.
 * The paragraph may sit anywhere a paragraph can (top level, a list item, a block quote). Embeds
 * that share their paragraph with anything else stay inline; {@link RefUses} reports them.
 */
final class EmbedPass {
    private EmbedPass() {
    }

    /** Replaces the paragraph of every stand-alone embed. */
    static void apply(Document document) {
        List<WikiImage> alone = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof WikiImage image && standsAlone(image)) {
                alone.add(image);
            }
        }
        for (WikiImage image : alone) {
            Node paragraph = image.getParent();
            QuoteEmbed embed = new QuoteEmbed(image);
            paragraph.insertBefore(embed);
            embed.appendChild(image);
            paragraph.unlink();
        }
    }

    /** True when the image is the only thing in its paragraph apart from white space and line breaks. */
    private static boolean standsAlone(WikiImage image) {
        if (!(image.getParent() instanceof Paragraph paragraph)) {
            return false;
        }
        for (Node child = paragraph.getFirstChild(); child != null; child = child.getNext()) {
            if (child != image && !isBlank(child)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isBlank(Node node) {
        return node instanceof SoftLineBreak || node instanceof HardLineBreak
                || node instanceof Text && node.getChars().isBlank();
    }
}
