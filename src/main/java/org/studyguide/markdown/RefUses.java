package org.studyguide.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import com.vladsch.flexmark.ext.wikilink.WikiImage;
import com.vladsch.flexmark.ext.wikilink.WikiNode;
import com.vladsch.flexmark.util.ast.Node;
import org.studyguide.diag.Diagnostics;
import org.studyguide.model.Markdown;
import org.studyguide.model.Position;
import org.studyguide.model.Ref;

/**
 * Lists the references of a parsed text in document order and reports the malformed ones, each at
 * the place in the user's file where it starts (its first {@code [} or {@code !}, or the first
 * letter of a mention). A name shared by several people is reported as a warning. A reference that cannot be read is left out; a misplaced embed (not a
 * quotation, or not alone in its paragraph) is reported but still listed, as a plain reference, so
 * that the one mistake does not also make its target look unused.
 */
final class RefUses {
    private RefUses() {
    }

    /** Every well-formed reference and mention in {@code parsed}; malformed ones go to {@code diagnostics}. */
    static List<RefUse> of(ParsedMarkdown parsed, Diagnostics diagnostics) {
        List<RefUse> uses = new ArrayList<>();
        Markdown.Locator locator = parsed.locator();
        Optional<MarkdownLimits.Refusal> refused = MarkdownLimits.REFUSED.get(parsed.document());
        if (refused.isPresent()) {
            diagnostics.error(locator.positionOf(refused.get().offset()), refused.get().message(), refused.get().hint());
            return uses;
        }
        int count = 0;
        for (Node node : parsed.document().getDescendants()) {
            if (node instanceof WikiNode && ++count > MarkdownLimits.MAX_REFERENCES) {
                diagnostics.error(locator.positionOf(node.getStartOffset()), "more than "
                        + MarkdownLimits.MAX_REFERENCES + " references in one text",
                        "split the text, or link to a list of the items instead");
                return uses;
            }
            if (node instanceof Mention mention) {
                Position at = locator.positionOf(node.getStartOffset());
                Spelling spelling = mention.spelling();
                if (spelling.isAmbiguous()) {
                    diagnostics.warning(at, "'" + spelling.text() + "' could be " + spelling.expansion()
                            + ", so it is not linked", Optional.of("write [[person:...]] with the person's id"));
                } else {
                    uses.add(new RefUse(new Ref(spelling.kind(), spelling.id(), at), true, false));
                }
            } else if (node instanceof WikiNode written) {
                Position at = locator.positionOf(node.getStartOffset());
                written(written, at, diagnostics).ifPresent(uses::add);
            }
        }
        return uses;
    }

    private static Optional<RefUse> written(WikiNode node, Position at, Diagnostics diagnostics) {
        ReferenceSyntax.Reading reading = ReferenceSyntax.read(node);
        if (reading instanceof ReferenceSyntax.Malformed malformed) {
            diagnostics.error(at, malformed.message(), malformed.hint());
            return Optional.empty();
        }
        ReferenceSyntax.Written written = (ReferenceSyntax.Written) reading;
        Ref ref = new Ref(written.kind(), written.id(), at);
        if (!(node instanceof WikiImage image)) {
            return Optional.of(new RefUse(ref, false, false));
        }
        if (ref.kind() != Ref.Kind.QUOTE) {
            diagnostics.error(at, "only quotations can be embedded", "write " + written.asLink() + " to link to it instead");
            return Optional.of(new RefUse(ref, false, false));
        }
        if (!(image.getParent() instanceof QuoteEmbed)) {
            diagnostics.error(at, "an embedded quotation must stand alone in its own paragraph",
                    "put a blank line before and after ![[quote:" + ref.id() + "]], or link to it with "
                            + written.asLink());
            return Optional.of(new RefUse(ref, false, false));
        }
        return Optional.of(new RefUse(ref, false, true));
    }
}
