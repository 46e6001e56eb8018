package org.studyguide.markdown;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.wikilink.WikiImage;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns each paragraph that holds nothing but {@code ![[...]]} into a {@link QuoteEmbed} block, so
 * the quotation renders as a figure rather than inside a {@code <p>}. Embeds that share their
 * paragraph with text stay inline, and the link stage reports them.
 */
final class EmbedPass {
    private EmbedPass() {
    }

    /** Replaces every stand-alone embed's paragraph. */
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

    /** True when the image is the only thing in its paragraph apart from blank text. */
    static boolean standsAlone(WikiImage image) {
        if (!(image.getParent() instanceof Paragraph paragraph) || !(paragraph.getParent() instanceof Document)) {
            return false;
        }
        for (Node child = paragraph.getFirstChild(); child != null; child = child.getNext()) {
            boolean blank = child instanceof SoftLineBreak || child instanceof Text && child.getChars().isBlank();
            if (child != image && !blank) {
                return false;
            }
        }
        return true;
    }
}
