package org.studyguide.model;

import java.util.List;
import java.util.Optional;

/**
 * A dated event on the timeline.
 *
 * @param date       an ISO date, possibly partial: {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}
 * @param shortLabel the author's short name for the event, used where prose refers to it (at most
 *                   {@link #MAX_LABEL} characters); empty when not given
 */
public record Event(
        String id,
        String date,
        String title,
        Optional<String> shortLabel,
        Markdown text,
        List<Ref> sources,
        List<Ref> terms,
        List<Ref> quotes,
        Position position) implements Item {

    /** The longest short label, in characters: a few words that fit in a sentence. */
    public static final int MAX_LABEL = 40;

    /** How many characters of the title a label made from it keeps, after the year. */
    private static final int TITLE_START = 28;

    @Override
    public Ref.Kind kind() {
        return Ref.Kind.EVENT;
    }

    @Override
    public String label() {
        return title;
    }

    /**
     * The short label when given; else the title when it is short enough, or the year and the
     * title's first words ("2001: United States gives notice…").
     */
    @Override
    public String referenceLabel() {
        if (shortLabel.isPresent()) {
            return shortLabel.get();
        }
        if (title.length() <= MAX_LABEL) {
            return title;
        }
        int cut = title.lastIndexOf(' ', TITLE_START);
        String start = title.substring(0, cut > 0 ? cut : TITLE_START).replaceAll("[\\s,;:–—-]+$", "");
        return date.substring(0, Math.min(4, date.length())) + ": " + start + "…";
    }
}
