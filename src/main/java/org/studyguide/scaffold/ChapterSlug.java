package org.studyguide.scaffold;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.studyguide.load.ContentLoader;
import org.studyguide.model.ItemId;

/** A new chapter's id as given on the command line: checked, and turned into a first title. */
final class ChapterSlug {
    private static final String EXTENSION = ".md";

    private ChapterSlug() {
    }

    /** Refuses an id that could not name a chapter, its file and its page. */
    static void check(String slug) throws ScaffoldException {
        if (slug.endsWith(EXTENSION) && slug.length() > EXTENSION.length()) {
            throw new ScaffoldException(ScaffoldException.Reason.ARGUMENT, "chapter id '" + slug
                    + "' ends in .md; give the id without it: " + slug.substring(0, slug.length() - EXTENSION.length()));
        }
        if (slug.getBytes(StandardCharsets.UTF_8).length > ContentLoader.MAX_ID_BYTES) {
            throw new ScaffoldException(ScaffoldException.Reason.ARGUMENT, "chapter id '" + slug.substring(0, 20)
                    + "...' is too long for the file names of its page and PDF (at most "
                    + ContentLoader.MAX_ID_BYTES + " letters)");
        }
        if (!ItemId.isWellFormed(slug)) {
            throw new ScaffoldException(ScaffoldException.Reason.ARGUMENT,
                    "invalid chapter id '" + slug + "': " + ItemId.RULE + " (for example missile-defence)");
        }
    }

    /** A title to start from: {@code missile-defence} becomes {@code Missile defence}. */
    static String title(String slug) {
        String words = slug.replace('-', ' ').replace('_', ' ').strip().replaceAll(" +", " ");
        return words.isEmpty() ? slug : words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }
}
