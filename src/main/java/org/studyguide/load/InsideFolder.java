package org.studyguide.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether a file really lies inside a folder once symbolic links are followed: a guide's files may
 * link to each other, but never to a file elsewhere on the disk, which the build would then publish
 * or quote in an error message.
 */
public final class InsideFolder {
    private InsideFolder() {
    }

    /**
     * True when {@code file} does not exist (whoever reads it reports that) or its real path is
     * inside the real path of {@code folder}.
     */
    public static boolean contains(Path folder, Path file) {
        if (!Files.exists(file)) {
            return true;
        }
        try {
            return file.toRealPath().startsWith(folder.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }
}
