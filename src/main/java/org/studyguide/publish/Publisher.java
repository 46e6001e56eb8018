package org.studyguide.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.studyguide.diag.IoProblems;
import org.studyguide.render.SiteFiles;

/**
 * The publish stage: writes a rendered site to its output folder so that a failed or interrupted
 * build never leaves a half-written or emptied site. The site is written into a hidden staging
 * folder beside the output folder and then swapped in by renames. Every published site carries a
 * {@code .studyguide} marker, and a non-empty folder without one is never replaced, so nothing a
 * user wrote is lost.
 */
public final class Publisher {
    private final FolderRenamer renamer;

    /** A publisher that renames with atomic moves where the file system offers them. */
    public Publisher() {
        this(Folders::rename);
    }

    Publisher(FolderRenamer renamer) {
        this.renamer = renamer;
    }

    /**
     * Replaces the folder {@code out} with the site, or creates it.
     *
     * @param site          the rendered site, written byte for byte
     * @param out           the output folder
     * @param protectedDirs folders the build reads (content, templates): {@code out} must not be,
     *                      lie inside or contain any of them
     * @throws PublishException when {@code out} is unsafe to replace or writing fails; the message
     *                          is meant for the user, and {@code out} is left as it was
     */
    public void publish(SiteFiles site, Path out, List<Path> protectedDirs) throws PublishException {
        SiteWriter.requireSafePaths(site);
        try (Staging staging = stage(out, protectedDirs)) {
            staging.publish(site);
        }
    }

    /**
     * Opens a staging folder beside {@code out} for a site to be rendered into, refusing {@code out}
     * as {@link #publish} would; the output folder is locked until the staging is closed.
     *
     * @throws PublishException when {@code out} is unsafe to replace or the folder cannot be made
     */
    public Staging stage(Path out, List<Path> protectedDirs) throws PublishException {
        try {
            return Staging.open(out, protectedDirs, renamer);
        } catch (IOException e) {
            throw Staging.failed(out, e);
        }
    }

    /**
     * Whether a publish into {@code out} left folders beside it (killed, or still running), which
     * only the next publish recovers: a build that would skip publishing builds in full instead.
     * True also when that cannot be told.
     */
    public static boolean hasLeftovers(Path out) {
        try {
            return !OutputFolder.of(out).leftovers().isEmpty();
        } catch (IOException | UncheckedIOException e) {
            return true;
        }
    }

    /**
     * Refuses, before anything is built or served, an output folder that {@link #publish} would
     * refuse: the preview server checks its folder this way so that it never serves one it may not replace.
     *
     * @throws PublishException with the same message as {@link #publish} would give
     */
    public static void requirePublishable(Path out, List<Path> protectedDirs) throws PublishException {
        try {
            OutputFolder folder = OutputFolder.of(out);
            PublishGuards.requireApart(folder, protectedDirs);
            PublishGuards.requireReplaceable(folder);
        } catch (IOException e) {
            throw new PublishException("cannot use '" + out + "' as the output folder: " + IoProblems.describe(e), e);
        }
    }
}
