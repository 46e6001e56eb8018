package org.studyguide.cache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Optional;

/**
 * When anything in a folder last changed: the latest modification or status-change time of the
 * folder and everything below it (the status-change time, where the file system keeps one, cannot
 * be set back as a modification time can). A file added or removed changes its folder's times.
 */
public final class LastChange {
    private LastChange() {
    }

    /**
     * The latest change in {@code folder}; {@link Instant#MIN} when it does not exist; empty when it
     * cannot be read.
     */
    public static Optional<Instant> of(Path folder) {
        if (!Files.exists(folder)) {
            return Optional.of(Instant.MIN);
        }
        Instant[] latest = {Instant.MIN};
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                    latest[0] = later(latest[0], changed(dir, attributes));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    latest[0] = later(latest[0], changed(file, attributes));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                    throw e;
                }
            });
            return Optional.of(latest[0]);
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
    }

    private static Instant changed(Path path, BasicFileAttributes attributes) throws IOException {
        Instant modified = attributes.lastModifiedTime().toInstant();
        try {
            Object status = Files.getAttribute(path, "unix:ctime");
            return status instanceof FileTime time ? later(modified, time.toInstant()) : modified;
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            return modified;
        }
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
