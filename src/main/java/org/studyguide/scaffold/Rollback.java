package org.studyguide.scaffold;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Undoes a partly finished scaffolding step: removes the files and folders it created. */
final class Rollback {
    private Rollback() {
    }

    /**
     * Deletes {@code created} (files and the folders made for them), last created first, and
     * describes the outcome for the error message: "nothing was left behind", or what remains.
     */
    static String delete(List<Path> created) {
        List<String> left = new ArrayList<>();
        for (int i = created.size() - 1; i >= 0; i--) {
            try {
                Files.deleteIfExists(created.get(i));
            } catch (IOException e) {
                left.add(created.get(i).toString());
            }
        }
        return left.isEmpty() ? "nothing was left behind" : "these could not be removed: " + String.join(", ", left);
    }
}
