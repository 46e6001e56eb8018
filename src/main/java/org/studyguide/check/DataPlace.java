package org.studyguide.check;

import org.studyguide.model.Position;

/**
 * Where data node number {@code child} of an element (the CSS of a {@code <style>}) begins, in a
 * page from the render stage; worked out only when asked for (see {@link PageText}).
 */
record DataPlace(PageText text, int index, String tag, int child) implements Place {

    @Override
    public Position position() {
        return text.dataPosition(index, tag, child);
    }
}
