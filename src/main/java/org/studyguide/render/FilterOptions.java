package org.studyguide.render;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
import org.studyguide.model.Ref;
import org.studyguide.model.Term;

/** The choices offered by the filters of the quotations and timeline pages. */
final class FilterOptions {
    private FilterOptions() {
    }

    /**
     * One choice per term that {@code refs} name, labelled with its headword and expansion, in
     * alphabetical order (ignoring case).
     */
    static List<Views.FilterOption> terms(Stream<Ref> refs, GuideLookup lookup) {
        return refs.map(Ref::id).distinct()
                .map(id -> lookup.term(id).orElse(null)).filter(Objects::nonNull)
                .sorted(Comparator.comparing((Term t) -> t.headword().toLowerCase(Locale.ROOT)).thenComparing(Term::id))
                .map(t -> new Views.FilterOption(t.id(), t.headword() + t.expansion().map(x -> " (" + x + ")").orElse("")))
                .toList();
    }

    /** The ids of the terms {@code refs} name, for an item's {@code data-terms} attribute. */
    static List<String> ids(List<Ref> refs) {
        return refs.stream().map(Ref::id).distinct().toList();
    }
}
