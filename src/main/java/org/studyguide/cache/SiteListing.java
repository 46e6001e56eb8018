package org.studyguide.cache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What a published site folder holds, as the file system describes it without reading a byte: every
 * file, folder and link below it with its size, last-modified time to the nanosecond the file system
 * keeps, and identity (device and inode on Unix). Writing, replacing, touching, adding or removing
 * anything changes the listing; comparing two listings tells whether the folder is as it was.
 *
 * @param entries every entry, in the order of their relative paths
 */
public record SiteListing(List<Entry> entries) {

    /**
     * One entry of the folder.
     *
     * @param path     relative to the folder, with {@code /} between names
     * @param kind     {@code file}, {@code folder}, {@code link} or {@code special}
     * @param size     in bytes (a folder's as the file system reports it)
     * @param seconds  last-modified time, seconds since the epoch
     * @param nanos    and the nanoseconds within that second
     * @param identity the file system's key for the file (device and inode), or empty when it has none
     */
    public record Entry(String path, String kind, long size, long seconds, int nanos, String identity) {
    }

    /** The listing of {@code folder} (the folder itself included, as {@code .}), or empty when it cannot be read. */
    public static Optional<SiteListing> of(Path folder) {
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        try {
            Path root = folder.toRealPath();
            List<Entry> entries = new ArrayList<>();
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    entries.add(entry(root, dir, attributes));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    entries.add(entry(root, file, attributes));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                    throw e;
                }
            });
            entries.sort(Comparator.comparing(Entry::path));
            return Optional.of(new SiteListing(List.copyOf(entries)));
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
    }

    private static Entry entry(Path root, Path path, BasicFileAttributes attributes) {
        String relative = path.equals(root) ? "." : root.relativize(path).toString().replace('\\', '/');
        String kind = attributes.isRegularFile() ? "file" : attributes.isDirectory() ? "folder"
                : attributes.isSymbolicLink() ? "link" : "special";
        Instant modified = attributes.lastModifiedTime().toInstant();
        Object identity = attributes.fileKey();
        return new Entry(relative, kind, attributes.size(), modified.getEpochSecond(), modified.getNano(),
                identity == null ? "" : identity.toString());
    }
}
