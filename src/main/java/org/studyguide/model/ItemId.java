package org.studyguide.model;

import java.util.Objects;
import java.util.regex.Pattern;

/** Names one item of the guide (a chapter, term, quotation, reading or event) by kind and id. */
public record ItemId(Ref.Kind kind, String id) implements Comparable<ItemId> {
    /** The rule for ids, as a hint that tells an author how to fix a malformed one. */
    public static final String RULE = "use letters, digits, '.', '_' and '-' only, starting with a letter or digit";
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    /** True when {@code id} follows {@link #RULE}, so it can name an item, a file and an anchor. */
    public static boolean isWellFormed(String id) {
        return WELL_FORMED.matcher(id).matches();
    }

    /** The item a reference names. */
    public static ItemId of(Ref ref) {
        return new ItemId(ref.kind(), ref.id());
    }

    /** By kind, then by id; written out, as a chain of {@code Comparator}'s methods runs slowly before it is compiled. */
    @Override
    public int compareTo(ItemId other) {
        int byKind = kind.compareTo(other.kind);
        return byKind != 0 ? byKind : id.compareTo(other.id);
    }

    // equals and hashCode written out (here, in Markdown and in Position, the records a build
    // hashes): a record's own are linked at run time through invokedynamic, whose first call cost
    // a small build about 4 % of its CPU time (bench/results.md, section s10-fixedcost).
    @Override
    public boolean equals(Object other) {
        return other instanceof ItemId that && kind == that.kind && Objects.equals(id, that.id);
    }

    @Override
    public int hashCode() {
        return 31 * Objects.hashCode(kind) + Objects.hashCode(id);
    }
}
