package org.studyguide.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.util.ast.Node;
import java.util.Optional;
import org.studyguide.diag.Diagnostics;
import org.studyguide.load.LinkSchemes;
import org.studyguide.model.Markdown;

/**
 * Reports every link, image and link definition of a text whose address has a scheme outside the
 * allow-list ({@link LinkSchemes}), at the place in the user's file where it starts. The build then
 * fails, so no page with such a link is ever published.
 */
final class UnsafeLinks {
    private UnsafeLinks() {
    }

    /** Reports the refused addresses of {@code parsed}. */
    static void report(ParsedMarkdown parsed, Diagnostics diagnostics) {
        Markdown.Locator locator = parsed.locator();
        for (Node node : parsed.document().getDescendants()) {
            address(node).flatMap(LinkSchemes::refused).ifPresent(scheme -> diagnostics.error(
                    locator.positionOf(node.getStartOffset()), LinkSchemes.message(scheme), LinkSchemes.HINT));
        }
    }

    private static Optional<String> address(Node node) {
        if (node instanceof LinkNodeBase link) {
            return Optional.of(link.getUrl().unescape());
        }
        if (node instanceof AutoLink auto) {
            return Optional.of(auto.getText().unescape());
        }
        return Optional.empty();
    }
}
