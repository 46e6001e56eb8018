package org.studyguide.check;

import org.studyguide.model.Position;

/**
 * Where something was written, found only when asked: a page handed over by the render stage has
 * no source positions, and its text is parsed for them only when a check reports a problem in it.
 */
@FunctionalInterface
interface Place {

    /** The position. */
    Position position();

    /** A place already known. */
    static Place at(Position position) {
        return () -> position;
    }

    /** The place {@code offset} characters into {@code text}, which begins at this place. */
    default Place advance(String text, int offset) {
        return offset == 0 ? this : () -> TextPositions.advance(position(), text, offset);
    }
}
