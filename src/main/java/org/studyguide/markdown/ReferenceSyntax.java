package org.studyguide.markdown;

import com.vladsch.flexmark.ext.wikilink.WikiNode;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.studyguide.diag.Suggestions;
import org.studyguide.model.Ref;

/**
 * Reads what a written {@code [[kind:id|label]]} or {@code ![[kind:id]]} says; a bare
 * {@code [[id]]} names a term.
 *
 * <p>The text between the brackets is split here, at the first {@code |}, rather than taken from
 * the wiki link node's link and text: with {@code LINK_FIRST_SYNTAX} Flexmark splits at the
 * <em>last</em> {@code |}, so a label containing a bar would swallow part of it into the id.
 */
final class ReferenceSyntax {
    private static final List<String> PREFIXES =
            Arrays.stream(Ref.Kind.values()).map(Ref.Kind::prefix).toList();

    /** What reading a reference gives: a well-formed reference or what is wrong with it. */
    sealed interface Reading permits Written, Malformed {
    }

    /** A well-formed reference: the kind and id it names, and its label when one was written. */
    record Written(Ref.Kind kind, String id, Optional<String> label) implements Reading {
        /** The reference as the author would write it without a label, e.g. {@code [[term:NRC]]}. */
        String asLink() {
            return "[[" + kind.prefix() + ":" + id + "]]";
        }
    }

    /** A reference that cannot be read: what is wrong and the likely fix. */
    record Malformed(String message, String hint) implements Reading {
    }

    private ReferenceSyntax() {
    }

    /** Reads a wiki link or wiki image node. */
    static Reading read(WikiNode node) {
        BasedSequence inside = node.getChars().baseSubSequence(
                node.getOpeningMarker().getEndOffset(), node.getClosingMarker().getStartOffset());
        int bar = inside.indexOf('|');
        String target = (bar < 0 ? inside : inside.subSequence(0, bar)).toString().strip();
        Optional<String> label = bar < 0 ? Optional.empty() : label(inside.subSequence(bar + 1));
        int colon = target.indexOf(':');
        if (colon < 0) {
            return target.isEmpty()
                    ? new Malformed("reference has no id", "write what it names, e.g. [[term:NRC]] or [[NRC]]")
                    : new Written(Ref.Kind.TERM, target, label);
        }
        String prefix = target.substring(0, colon).strip();
        String id = target.substring(colon + 1).strip();
        Optional<Ref.Kind> kind = Ref.Kind.ofPrefix(prefix);
        if (kind.isEmpty()) {
            return new Malformed(prefix.isEmpty() ? "reference has no kind before ':'"
                    : "unknown reference kind '" + prefix + "'", kindHint(prefix));
        }
        if (id.isEmpty()) {
            return new Malformed("reference has no id after '" + prefix + ":'",
                    "write the id of what it names, e.g. [[" + prefix + ":some-id]]");
        }
        return new Written(kind.get(), id, label);
    }

    /** True when {@code node} is a well-formed link to a term. */
    static boolean isTermLink(WikiNode node) {
        return read(node) instanceof Written written && written.kind() == Ref.Kind.TERM;
    }

    private static String kindHint(String prefix) {
        return Suggestions.didYouMean(prefix, PREFIXES)
                .orElse("write one of " + String.join(", ", PREFIXES) + " before the colon");
    }

    /** The label as shown: Markdown escapes and entities resolved, white space collapsed; none when blank. */
    private static Optional<String> label(BasedSequence written) {
        String label = written.unescape().strip().replaceAll("\\s+", " ");
        return label.isEmpty() ? Optional.empty() : Optional.of(label);
    }
}
