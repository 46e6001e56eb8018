package org.studyguide.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import org.studyguide.diag.Diagnostics;
import org.studyguide.diag.IoProblems;
import org.studyguide.model.Position;

/** Reads the user's text files, turning every failure into a diagnostic on that file. */
final class ContentFiles {
    private ContentFiles() {
    }

    /** The file's text, or empty (with an error reported) when it is missing, unreadable, too large or not text. */
    static Optional<String> read(Path file, Diagnostics diagnostics, String missingHint) {
        if (isSpecial(file, diagnostics)) {
            return Optional.empty();
        }
        try {
            long size = Files.size(file);
            if (size > ContentText.MAX_BYTES) {
                diagnostics.error(Position.ofFile(file), "the file is larger than " + ContentText.MAX_BYTES / 1024
                        + " KB (" + size / 1024 + " KB)", "split it: a guide's files are far smaller than that");
                return Optional.empty();
            }
            return ContentText.decode(file, Files.readAllBytes(file), diagnostics);
        } catch (NoSuchFileException e) {
            diagnostics.error(Position.ofFile(file), "file not found", missingHint);
        } catch (IOException e) {
            diagnostics.error(Position.ofFile(file), "cannot read the file: " + IoProblems.describe(e));
        }
        return Optional.empty();
    }

    /**
     * Refuses a folder, pipe, device or socket where a text file is expected: reading a pipe or a
     * device would wait forever (or never end), so the build or the preview would hang.
     */
    private static boolean isSpecial(Path file, Diagnostics diagnostics) {
        if (!Files.exists(file) || Files.isRegularFile(file)) {
            return false;
        }
        String kind = Files.isDirectory(file) ? "a folder" : "a pipe, device or socket";
        diagnostics.error(Position.ofFile(file), "expected a text file, but this is " + kind,
                "replace it with a plain UTF-8 text file");
        return true;
    }
}
