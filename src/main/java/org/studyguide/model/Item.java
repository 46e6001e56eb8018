package org.studyguide.model;

/**
 * An item of the guide that a reference can name: a chapter, term, quotation, reading, event or
 * person. The link stage indexes every item the same way and the render stage links to any of
 * them by its label, so a new kind of item implements this and needs no code of its own there.
 */
public sealed interface Item permits Chapter, Term, Quote, Source, Event, Person {

    /** What kind of item this is, as written before the colon in {@code [[kind:id]]}. */
    Ref.Kind kind();

    /** The id references name it by. */
    String id();

    /** How links to it are labelled: a title, a headword, a name, a quotation's first words. */
    String label();

    /**
     * How a reference in prose names it when the author gives no label of their own: the label,
     * except for events, whose titles are too long to stand inside a sentence.
     */
    default String referenceLabel() {
        return label();
    }

    /** Where it is defined. */
    Position position();

    /** Its kind and id. */
    default ItemId itemId() {
        return new ItemId(kind(), id());
    }
}
