package org.studyguide.model;

/**
 * Markdown text from a chapter body or a YAML field, with enough to map an offset in the text back
 * to a place in the user's file.
 *
 * @param text   the Markdown source
 * @param start  where the first character of {@code text} sits in the file
 * @param indent columns stripped from each continuation line (a YAML block scalar's indentation)
 */
public record Markdown(String text, Position start, int indent) {

    /** Markdown that starts at {@code start} with no stripped indentation. */
    public static Markdown at(String text, Position start) {
        return new Markdown(text, start, 0);
    }

    /** The place in the user's file of the character at {@code offset} of {@link #text}. */
    public Position positionOf(int offset) {
        int line = start.line();
        int lineStart = 0;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int column = line == start.line() ? start.column() + offset : indent + 1 + offset - lineStart;
        return new Position(start.file(), line, column);
    }
}
