package org.studyguide.markdown;

import com.vladsch.flexmark.ext.wikilink.WikiNode;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.studyguide.diag.Suggestions;
import org.studyguide.model.Ref;

/** Reads what a written {@code [[kind:id|label]]} says: a bare {@code [[id]]} names a term. */
final class ReferenceSyntax {
    private static final List<String> PREFIXES =
            Arrays.stream(Ref.Kind.values()).map(Ref.Kind::prefix).toList();

    /** A reference as written: its kind and id, its label when one was given, or what is wrong with it. */
    record Written(Optional<Ref.Kind> kind, String id, Optional<String> label, Optional<Problem> problem) {
    }

    /** Why a written reference cannot be read, and the likely fix. */
    record Problem(String message, String hint) {
    }

    private ReferenceSyntax() {
    }

    /** Reads a wiki link or wiki image node. */
    static Written read(WikiNode node) {
        String link = node.getLink().toString().strip();
        Optional<String> label = node.getTextSeparatorMarker().isNull()
                ? Optional.empty() : Optional.of(node.getText().toString().strip()).filter(s -> !s.isEmpty());
        int colon = link.indexOf(':');
        String prefix = colon < 0 ? Ref.Kind.TERM.prefix() : link.substring(0, colon).strip();
        String id = (colon < 0 ? link : link.substring(colon + 1)).strip();
        Optional<Ref.Kind> kind = Ref.Kind.ofPrefix(prefix);
        if (kind.isEmpty()) {
            return failed(link, label, "unknown reference kind '" + prefix + "'",
                    Suggestions.didYouMean(prefix, PREFIXES)
                            .orElse("write one of " + String.join(", ", PREFIXES) + " before the colon"));
        }
        if (id.isEmpty()) {
            return failed(link, label, "reference has no id", "write [[" + prefix + ":id]]");
        }
        return new Written(kind, id, label, Optional.empty());
    }

    private static Written failed(String link, Optional<String> label, String message, String hint) {
        return new Written(Optional.empty(), link, label, Optional.of(new Problem(message, hint)));
    }
}
