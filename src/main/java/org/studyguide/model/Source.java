package org.studyguide.model;

import java.util.Locale;
import java.util.Optional;

/**
 * A source of the guide: one of the readings it studies, or a document (a treaty, a communiqué, a
 * report) it cites for facts beyond the readings. Only the facts the source itself supports.
 *
 * @param sourceKind whether it is a reading or a document (named so apart from {@link Item#kind()})
 * @param author    who wrote a reading, or who issued a document (such as "NATO"); empty when not stated
 * @param venue     where it appeared (a journal, a series)
 * @param publisher who published it, when that is not the venue
 * @param note      the perspective it takes (Markdown); may be empty for a document
 */
public record Source(
        String id,
        Kind sourceKind,
        String title,
        Optional<String> author,
        Optional<String> venue,
        Optional<String> publisher,
        String date,
        Optional<String> url,
        Markdown note,
        Position position) implements Item {

    /** What a source is: a reading the guide studies, or a document it cites. */
    public enum Kind {
        /** One of the readings: quotations come from these, and they have texts to verify against. */
        READING,
        /** A treaty, communiqué or report cited for facts beyond the readings. */
        DOCUMENT;

        /** The value written after {@code kind:} in {@code sources.yml}. */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** True for one of the readings. */
    public boolean isReading() {
        return sourceKind == Kind.READING;
    }

    @Override
    public Ref.Kind kind() {
        return Ref.Kind.SOURCE;
    }

    @Override
    public String label() {
        return title;
    }
}
