package org.studyguide.link;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.studyguide.diag.DiagnosticPrinter;
import org.studyguide.diag.Diagnostics;
import org.studyguide.diag.Suggestions;
import org.studyguide.model.Guide;
import org.studyguide.model.ItemId;
import org.studyguide.model.Position;
import org.studyguide.model.Ref;

/** Every id the guide defines, by kind: checks that ids are well formed and unique, and resolves references. */
final class IdIndex {
    private final Map<Ref.Kind, Map<String, Position>> ids = new EnumMap<>(Ref.Kind.class);
    private final Map<ItemId, String> idsByLabel = new HashMap<>();
    private final Set<Ref.Kind> incomplete;

    private IdIndex(Set<Ref.Kind> incomplete) {
        this.incomplete = incomplete;
        for (Ref.Kind kind : Ref.Kind.values()) {
            ids.put(kind, new LinkedHashMap<>());
        }
    }

    /**
     * Indexes the guide's items, reporting malformed and duplicate ids. References to kinds in
     * {@code incomplete}, whose files failed to load, are not reported as unknown.
     */
    static IdIndex of(Guide guide, Set<Ref.Kind> incomplete, Diagnostics diagnostics) {
        IdIndex index = new IdIndex(incomplete);
        guide.items().forEach(item -> {
            index.define(item.kind(), item.id(), item.position(), diagnostics);
            index.idsByLabel.putIfAbsent(new ItemId(item.kind(), item.label().toLowerCase(Locale.ROOT)), item.id());
        });
        return index;
    }

    private void define(Ref.Kind kind, String id, Position at, Diagnostics diagnostics) {
        if (id.isEmpty()) {
            return;
        }
        if (!ItemId.isWellFormed(id)) {
            diagnostics.error(at, "invalid " + kind.prefix() + " id '" + id + "'", ItemId.RULE);
        }
        Position first = ids.get(kind).putIfAbsent(id, at);
        if (first != null) {
            diagnostics.error(at, "duplicate " + kind.prefix() + " id '" + id + "'",
                    "it is already defined at " + DiagnosticPrinter.location(first) + "; give this one another id");
        }
    }

    /** True when a reference names an item that exists. */
    boolean contains(Ref ref) {
        return ids.get(ref.kind()).containsKey(ref.id());
    }

    /** The ids of one kind, in definition order. */
    Set<String> ids(Ref.Kind kind) {
        return ids.get(kind).keySet();
    }

    /** Checks a reference, reporting an unknown target with the closest known id. Returns whether it resolves. */
    boolean resolve(Ref ref, Diagnostics diagnostics) {
        if (contains(ref)) {
            return true;
        }
        if (incomplete.contains(ref.kind())) {
            return false;
        }
        String kind = ref.kind().prefix();
        String hint = byLabel(ref).map(id -> "write the id '" + id + "' rather than the name")
                .or(() -> Suggestions.didYouMean(ref.id(), ids(ref.kind())))
                .or(() -> otherKind(ref).map(other -> "'" + ref.id() + "' is a " + other.prefix()
                        + "; write [[" + other.prefix() + ":" + ref.id() + "]]"))
                .orElse(ids(ref.kind()).isEmpty() ? "this guide defines no " + kind + " yet"
                        : "check the id in the " + kind + " list");
        diagnostics.error(ref.position(), "unknown " + kind + " '" + ref.id() + "'", hint);
        return false;
    }

    /** The id of the item of the reference's kind whose name or title the reference gives instead of its id. */
    private Optional<String> byLabel(Ref ref) {
        return Optional.ofNullable(idsByLabel.get(new ItemId(ref.kind(), ref.id().toLowerCase(Locale.ROOT))));
    }

    private java.util.Optional<Ref.Kind> otherKind(Ref ref) {
        return java.util.Arrays.stream(Ref.Kind.values())
                .filter(k -> k != ref.kind() && ids.get(k).containsKey(ref.id()))
                .findFirst();
    }
}
