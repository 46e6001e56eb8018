package org.studyguide.model;

import java.util.List;

/** A whole guide as loaded from {@code content/}: immutable, in the order the author wrote it. */
public record Guide(
        GuideInfo info,
        List<Part> parts,
        List<Term> terms,
        List<Quote> quotes,
        List<Source> sources,
        List<Event> events) {

    /** Every chapter in reading order. */
    public List<Chapter> chapters() {
        return parts.stream().flatMap(part -> part.chapters().stream()).toList();
    }
}
