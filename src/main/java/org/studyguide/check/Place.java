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
        return new Known(position);
    }

    /** The place {@code offset} characters into {@code text}, which begins at this place. */
    default Place advance(String text, int offset) {
        return offset == 0 ? this : new Advanced(this, text, offset);
    }

    /**
     * A place already known. The kinds of place are records, so that a page's summary can be kept
     * in the content cache and its places found again in a later build (see {@link StoredSummary}).
     */
    record Known(Position position) implements Place {
    }

    /** The place {@code offset} characters into {@code text}, which begins at {@code start}. */
    record Advanced(Place start, String text, int offset) implements Place {
        @Override
        public Position position() {
            return TextPositions.advance(start.position(), text, offset);
        }
    }
}
