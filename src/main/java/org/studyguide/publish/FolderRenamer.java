package org.studyguide.publish;

import java.io.IOException;
import java.nio.file.Path;

/** Renames a folder; {@link Folders#rename} in production, a failing one in tests of the swap. */
@FunctionalInterface
interface FolderRenamer {

    /** Renames {@code from} to {@code to}, which must not exist. */
    void rename(Path from, Path to) throws IOException;
}
