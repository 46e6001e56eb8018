package org.studyguide.model;

import java.util.Comparator;

/** Names one item of the guide (a chapter, term, quotation, reading or event) by kind and id. */
public record ItemId(Ref.Kind kind, String id) implements Comparable<ItemId> {
    private static final Comparator<ItemId> ORDER =
            Comparator.comparing(ItemId::kind).thenComparing(ItemId::id);

    /** The item a reference names. */
    public static ItemId of(Ref ref) {
        return new ItemId(ref.kind(), ref.id());
    }

    @Override
    public int compareTo(ItemId other) {
        return ORDER.compare(this, other);
    }
}
