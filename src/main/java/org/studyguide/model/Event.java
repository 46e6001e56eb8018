package org.studyguide.model;

import java.util.List;

/**
 * A dated event on the timeline.
 *
 * @param date an ISO date, possibly partial: {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}
 */
public record Event(
        String id,
        String date,
        String title,
        Markdown text,
        List<Ref> sources,
        List<Ref> terms,
        List<Ref> quotes,
        Position position) implements Item {

    @Override
    public Ref.Kind kind() {
        return Ref.Kind.EVENT;
    }

    @Override
    public String label() {
        return title;
    }
}
