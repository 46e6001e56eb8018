package org.studyguide.model;

import java.util.Optional;

/** One of the readings the guide is built from, with only the facts its text supports. */
public record Source(
        String id,
        String title,
        Optional<String> author,
        Optional<String> venue,
        String date,
        Optional<String> url,
        Markdown note,
        Position position) implements Item {

    @Override
    public Ref.Kind kind() {
        return Ref.Kind.SOURCE;
    }

    @Override
    public String label() {
        return title;
    }
}
