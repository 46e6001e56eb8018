package org.studyguide.check;

import org.studyguide.model.Position;

/**
 * An element (or one of its attributes' values) in a page from the render stage, found by its
 * number in document order; its position is worked out only when asked for (see {@link PageText}).
 *
 * @param attribute the attribute whose value is meant, or empty for the element's start
 */
record ElementPlace(PageText text, int index, String tag, String attribute) implements Place {

    @Override
    public Position position() {
        return text.position(index, tag, attribute);
    }
}
