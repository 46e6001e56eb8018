package org.studyguide.render;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * What the render stage hands each page to once its HTML passes are done (the check stage reads
 * it there). A reader that can put what it read into bytes lets the {@link PageCache} keep that
 * with the page, so that a later build with the same page restores it instead of passing the page
 * again; a plain consumer keeps nothing.
 */
@FunctionalInterface
public interface PageReader extends Consumer<PassedPage> {

    /**
     * Reads the page, like {@link #accept}, and returns what was read as bytes to keep, or empty
     * when none may be kept.
     */
    default Optional<byte[]> read(PassedPage page) {
        accept(page);
        return Optional.empty();
    }

    /**
     * Takes what {@link #read} returned for the page at {@code path} with these {@code bytes} in an
     * earlier build, as if it had read the page; false when it cannot, and then the page is passed anew.
     */
    default boolean restore(String path, byte[] bytes, byte[] read) {
        return false;
    }

    /** The reader for {@code onPassed}, which keeps nothing unless it is a reader itself. */
    static PageReader of(Consumer<PassedPage> onPassed) {
        return onPassed instanceof PageReader reader ? reader : onPassed::accept;
    }
}
