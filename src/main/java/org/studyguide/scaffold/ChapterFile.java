package org.studyguide.scaffold;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The text of a new chapter: front matter whose placeholders are valid, so the guide still builds
 * and shows the author, on the page itself, each "Draft" line still to replace.
 */
final class ChapterFile {
    private static final String TEMPLATE = "org/studyguide/scaffold/chapter.md";

    private ChapterFile() {
    }

    /** The chapter's Markdown with {@code title} in its front matter. */
    static String text(String title) {
        try (InputStream in = ChapterFile.class.getClassLoader().getResourceAsStream(TEMPLATE)) {
            if (in == null) {
                throw new IllegalStateException("resource missing from the class path: " + TEMPLATE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{{title}}", YamlText.scalar(title));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
