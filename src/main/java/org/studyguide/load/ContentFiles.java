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
}
