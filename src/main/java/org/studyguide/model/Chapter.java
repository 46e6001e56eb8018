package org.studyguide.model;

import java.util.List;

/**
 * One chapter file: front matter plus a Markdown body.
 *
 * @param id         the file name without {@code .md}; also the page's slug
 * @param readings   ids of the sources the chapter covers
 * @param questions  review questions with model answers
 */
public record Chapter(
        String id,
        String title,
        String summary,
        List<Ref> readings,
        List<String> objectives,
        List<Question> questions,
        Markdown body,
        Position position) implements Item {

    @Override
    public Ref.Kind kind() {
        return Ref.Kind.CHAPTER;
    }

    @Override
    public String label() {
        return title;
    }

    /** A review question and its model answer (both Markdown). */
    public record Question(Markdown question, Markdown answer) {
    }
}
