package org.studyguide.markdown;

import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.util.ast.Node;
import java.util.Locale;
import java.util.Optional;
import org.studyguide.diag.Diagnostics;
import org.studyguide.diag.Suggestions;
import org.studyguide.model.Markdown;

/**
 * Reports what is wrong in a parsed text beyond its references: a callout marker that names no
 * kind, a footnote cited but never written, and a footnote written but never cited.
 */
final class MarkdownChecks {
    private MarkdownChecks() {
    }

    /** Reports each problem of {@code parsed} at its place in the user's file. */
    static void report(ParsedMarkdown parsed, Diagnostics diagnostics) {
        Markdown.Locator locator = parsed.locator();
        for (Node node : parsed.document().getDescendants()) {
            if (node instanceof Callout callout && callout.kind().isEmpty()) {
                diagnostics.error(locator.positionOf(callout.markerOffset()),
                        "unknown callout kind '" + callout.written() + "'",
                        Suggestions.didYouMean(callout.written().toUpperCase(Locale.ROOT), CalloutKind.names())
                                .orElse("write one of " + String.join(", ", CalloutKind.names())));
            } else if (node instanceof Footnote footnote && footnote.getFootnoteBlock() == null) {
                diagnostics.error(locator.positionOf(node.getStartOffset()),
                        "footnote '" + footnote.getChars() + "' has no text",
                        "add a line '" + footnote.getChars() + ": ...' after the paragraph");
            } else if (node instanceof FootnoteBlock block && !block.isReferenced()) {
                diagnostics.warning(locator.positionOf(node.getStartOffset()),
                        "footnote '[^" + block.getText() + "]' is never cited",
                        Optional.of("cite it with [^" + block.getText() + "] in the text, or remove it"));
            }
        }
    }
}
