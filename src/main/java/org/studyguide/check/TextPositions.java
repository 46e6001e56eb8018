package org.studyguide.check;

import org.studyguide.model.Position;

/** Positions inside a piece of text (an attribute value, a style sheet) whose start is known. */
final class TextPositions {
    private TextPositions() {
    }

    /** The position of character {@code offset} of {@code text}, which begins at {@code start}. */
    static Position advance(Position start, String text, int offset) {
        if (!start.hasLine()) {
            return start;
        }
        int line = start.line();
        int column = start.column();
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new Position(start.file(), line, column);
    }
}
