package org.studyguide.scaffold;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Undoes a partly finished scaffolding step: removes the files and folders it created. */
final class Rollback {
    private Rollback() {
    }

    /** Deletes {@code created} (files and the folders made for them), last created first. */
    static void delete(List<Path> created) {
        for (int i = created.size() - 1; i >= 0; i--) {
            try {
                Files.deleteIfExists(created.get(i));
            } catch (IOException e) {
                // Best effort: a folder that is not empty holds something this step did not write.
                continue;
            }
        }
    }
}
