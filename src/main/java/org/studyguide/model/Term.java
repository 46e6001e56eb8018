package org.studyguide.model;

import java.util.List;
import java.util.Optional;

/**
 * A glossary entry.
 *
 * @param id        the reference id; for acronyms the acronym itself (e.g. {@code NRC})
 * @param headword  the word shown as the entry's title (defaults to the id)
 * @param expansion the spelled-out form of an acronym; only terms with one are marked up in prose
 * @param aliases   other spellings recognised in prose
 */
public record Term(
        String id,
        String headword,
        Optional<String> expansion,
        Markdown definition,
        List<String> aliases,
        List<Ref> related,
        List<Ref> sources,
        Position position) implements Item {

    @Override
    public Ref.Kind kind() {
        return Ref.Kind.TERM;
    }

    @Override
    public String label() {
        return headword;
    }

    /** Every spelling recognised in running prose: the headword and the aliases. */
    public List<String> spellings() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(headword), aliases.stream())
                .distinct().toList();
    }
}
