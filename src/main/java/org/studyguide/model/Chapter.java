package org.studyguide.model;

import java.util.List;

/**
 * One chapter file: front matter plus a Markdown body.
 *
 * @param id         the file name without {@code .md}; also the page's slug
 * @param readings   ids of the sources the chapter covers
 * @param questions  review questions with model answers
 * @param stances    the readings' stances on the chapter's theme, for the themes page, in the order written
 * @param essays     essay prompts with outline answers and marking points
 */
public record Chapter(
        String id,
        String title,
        String summary,
        List<Ref> readings,
        List<String> objectives,
        List<Question> questions,
        List<Stance> stances,
        List<Essay> essays,
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

    /** A reading's stance on the chapter's theme, in one line of Markdown. */
    public record Stance(Ref reading, Markdown text) {
    }

    /**
     * An essay prompt with an outline answer and the points a marker looks for.
     *
     * @param points the marking points, one line of Markdown each
     */
    public record Essay(Markdown prompt, Markdown outline, List<Markdown> points) {
    }
}
