package org.studyguide.diag;

import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A failed file operation in plain words for the author: what went wrong and with which file,
 * never a Java exception's class name (which is what {@code toString()} and many messages give).
 */
public final class IoProblems {
    private IoProblems() {
    }

    /** What went wrong, such as "permission denied: site/index.html". */
    public static String describe(Throwable problem) {
        Throwable e = problem instanceof UncheckedIOException unchecked ? unchecked.getCause() : problem;
        if (e instanceof FileSystemException fs) {
            if (fs.getFile() == null) {
                return what(fs);
            }
            Path parent = Path.of(fs.getFile()).toAbsolutePath().getParent();
            if (e instanceof NoSuchFileException && parent != null && Files.isDirectory(parent)) {
                // The folder is there, so the file could not be made in it: /proc, a read-only mount.
                return "cannot create " + fs.getFile() + ": the folder " + parent + " does not allow new files";
            }
            return what(fs) + ": " + fs.getFile() + (fs.getOtherFile() == null ? "" : " -> " + fs.getOtherFile());
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? "the operation failed" : plain(message);
    }

    private static String what(FileSystemException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        } else if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        } else if (e instanceof FileAlreadyExistsException) {
            return "a file or folder of that name is already there";
        } else if (e instanceof DirectoryNotEmptyException) {
            return "the folder is not empty";
        } else if (e instanceof NotDirectoryException) {
            return "not a folder";
        } else if (e instanceof FileSystemLoopException) {
            return "the folders link to each other in a loop";
        }
        String reason = e.getReason();
        return reason == null || reason.isBlank() ? "the operation failed" : reason.toLowerCase(Locale.ROOT);
    }

    /** A message with any leading "java.something.SomeException: " taken off. */
    private static String plain(String message) {
        return message.replaceAll("\\b(?:[a-z]+\\.)+[A-Z]\\w*(?:Exception|Error): ?", "").strip();
    }
}
