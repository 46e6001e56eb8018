package org.studyguide.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.studyguide.diag.IoProblems;
import org.studyguide.render.SiteFiles;
import org.studyguide.render.StagedFiles;

/**
 * A staging folder held open while a site is rendered into it (see {@link StagedFiles}), under the
 * output folder's publish lock. {@link #publish} writes what is still in memory and swaps the
 * folder in; closing it without publishing (a build with errors) deletes it, so the previous site
 * stays as it was and nothing is left beside it.
 */
public final class Staging implements AutoCloseable {
    private final PublishLock lock;
    private final OutputFolder folder;
    private final FolderRenamer renamer;
    private final StagedFiles files;
    private boolean published;

    private Staging(PublishLock lock, OutputFolder folder, FolderRenamer renamer, Path staging) {
        this.lock = lock;
        this.folder = folder;
        this.renamer = renamer;
        this.files = new StagedFiles(staging);
    }

    /** Takes the lock and creates the staging folder, after the checks {@link Publisher#publish} makes. */
    static Staging open(Path out, List<Path> protectedDirs, FolderRenamer renamer)
            throws IOException, PublishException {
        PublishLock lock = PublishLock.acquire(out);
        try {
            OutputFolder folder = OutputFolder.of(out);
            PublishGuards.requireApart(folder, protectedDirs);
            folder.recoverLeftovers();
            PublishGuards.requireReplaceable(folder);
            return new Staging(lock, folder, renamer, folder.createStaging());
        } catch (IOException | PublishException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /** Where the render stage puts the site's files: its pages go straight into the folder. */
    public StagedFiles files() {
        return files;
    }

    /**
     * Writes the files of {@code site} not in the folder yet, then puts the folder in the place of
     * the output folder.
     *
     * @throws PublishException when a path is unsafe or writing or swapping fails; the previous site
     *                          is then left as it was, and the staging folder is deleted on {@link #close}
     */
    public void publish(SiteFiles site) throws PublishException {
        SiteWriter.requireSafePaths(site);
        try {
            SiteWriter.write(site, files.folder());
            new Swap(renamer).replace(folder.target(), files.folder(), folder.asideFor(files.folder()));
            published = true;
        } catch (IOException | UncheckedIOException e) {
            throw failed(folder.shownAs(), e);
        }
    }

    /** The message for a publish that failed on {@code e}, with the previous site left as it was. */
    public static PublishException failed(Path out, Exception e) {
        IOException cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : (IOException) e;
        return new PublishException("could not publish the site to '" + out + "': " + IoProblems.describe(cause)
                + "; the previous site was left as it was", cause);
    }

    /** Deletes the staging folder unless it was published, and releases the lock. */
    @Override
    public void close() throws PublishException {
        try (lock) {
            if (!published && Files.exists(files.folder())) {
                Folders.delete(files.folder());
            }
        } catch (IOException e) {
            throw new PublishException("could not remove the staging folder '" + files.folder() + "': "
                    + IoProblems.describe(e), e);
        }
    }
}
