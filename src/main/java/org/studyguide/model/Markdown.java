package org.studyguide.model;

import java.util.Objects;

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

    // Written out rather than linked at run time, as ItemId's are.
    @Override
    public boolean equals(Object other) {
        return other instanceof Markdown that && indent == that.indent && Objects.equals(text, that.text)
                && Objects.equals(start, that.start);
    }

    @Override
    public int hashCode() {
        return (31 * Objects.hashCode(text) + Objects.hashCode(start)) * 31 + indent;
    }

    /** The place in the user's file of the character at {@code offset} of {@link #text}. */
    public Position positionOf(int offset) {
        return locator().positionOf(offset);
    }

    /** A reusable mapper from offsets to positions: build it once to map many offsets of a long text. */
    public Locator locator() {
        return new Locator(this);
    }

    /** Maps offsets of one Markdown text to positions in its file, by binary search over line starts. */
    public static final class Locator {
        private final Markdown markdown;
        private final int[] lineStarts;

        private Locator(Markdown markdown) {
            this.markdown = markdown;
            // One pass with String.indexOf, which the JVM runs as a vector search: most texts are
            // a few lines, and a build makes a locator for each of its hundreds of texts.
            String text = markdown.text();
            int[] starts = new int[8];
            int count = 1;
            for (int at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
                if (count == starts.length) {
                    starts = java.util.Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = at + 1;
            }
            lineStarts = java.util.Arrays.copyOf(starts, count);
        }

        /** The place in the user's file of the character at {@code offset}. */
        public Position positionOf(int offset) {
            int index = java.util.Arrays.binarySearch(lineStarts, offset);
            int line = index >= 0 ? index : -index - 2;
            Position start = markdown.start();
            int column = line == 0 ? start.column() + offset : markdown.indent() + 1 + offset - lineStarts[line];
            return new Position(start.file(), start.line() + line, column);
        }
    }
}
