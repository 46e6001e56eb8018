package org.studyguide.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import org.studyguide.diag.IoProblems;

/**
 * Puts a fully written staging folder in the place of the published site with two renames (old
 * site aside, staging in), then deletes the old site. If the second rename fails, the old site is
 * renamed back, so the target is only ever the complete old site or the complete new one.
 */
final class Swap {
    private final FolderRenamer renamer;

    Swap(FolderRenamer renamer) {
        this.renamer = renamer;
    }

    /** Replaces {@code target} by {@code staging}, using {@code aside} for the old site meanwhile. */
    void replace(Path target, Path staging, Path aside) throws IOException, PublishException {
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            renamer.rename(staging, target);
            return;
        }
        renamer.rename(target, aside);
        try {
            renamer.rename(staging, target);
        } catch (IOException failure) {
            putBack(aside, target, failure);
            throw failure;
        }
        deleteOldSite(aside);
    }

    private void putBack(Path aside, Path target, IOException failure) throws PublishException {
        try {
            renamer.rename(aside, target);
        } catch (IOException alsoFailed) {
            PublishException stuck = new PublishException("could not move the new site into '" + target
                    + "' (" + IoProblems.describe(failure) + "), nor the previous site back; it is kept in '" + aside + "'", failure);
            stuck.addSuppressed(alsoFailed);
            throw stuck;
        }
    }

    /**
     * The new site is in place, so failing to delete the old one must not fail the build; what is
     * left behind is removed by the next publish ({@link OutputFolder#recoverLeftovers}).
     */
    private static void deleteOldSite(Path aside) {
        try {
            Folders.delete(aside);
        } catch (IOException leftForNextPublish) {
            // Deliberately ignored, as explained above.
        }
    }
}
