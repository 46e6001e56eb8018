package org.studyguide.model;

import java.util.List;
import java.util.stream.Stream;

/** A whole guide as loaded from {@code content/}: immutable, in the order the author wrote it. */
public record Guide(
        GuideInfo info,
        List<Part> parts,
        List<Term> terms,
        List<Quote> quotes,
        List<Source> sources,
        List<Event> events,
        List<Person> people) {

    /** Every chapter in reading order. */
    public List<Chapter> chapters() {
        return parts.stream().flatMap(part -> part.chapters().stream()).toList();
    }

    /** Every item references can name: chapters, terms, quotations, readings, events, people, in that order. */
    public Stream<Item> items() {
        return Stream.of(chapters(), terms, quotes, sources, events, people).flatMap(List::stream);
    }
}
