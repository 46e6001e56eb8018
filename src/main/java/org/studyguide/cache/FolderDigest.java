package org.studyguide.cache;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.studyguide.parallel.Workers;

/**
 * A SHA-256 digest of everything in a folder, recursively: each entry's path relative to the folder,
 * its kind, and a regular file's bytes, so that any edit, new, removed or renamed file changes it.
 * Files are read in parallel. A symbolic link adds the path it holds, and its target's bytes come in
 * through the target's own entry; a link that leads outside the folder makes the folder undigestible
 * (nothing outside the guide is read, and the build refuses such a link wherever it reads one). Pipes,
 * devices and sockets are never opened (reading one may never end); their kind is added.
 */
public final class FolderDigest {
    private static final String MISSING = "missing";
    private static final String NOT_A_FOLDER = "not a folder";

    private FolderDigest() {
    }

    /**
     * The digest of {@code folder} as lowercase hex, a fixed digest when it does not exist or is not a
     * folder (a folder created later then changes it), or empty when something in it cannot be read.
     */
    public static Optional<String> of(Path folder) {
        try {
            if (!Files.exists(folder)) {
                return Optional.of(hex(CacheKey.of("folder digest").add(MISSING).digest()));
            }
            if (!Files.isDirectory(folder)) {
                // The build reads no folder there (and says so); a folder that appears changes the digest.
                return Optional.of(hex(CacheKey.of("folder digest").add(NOT_A_FOLDER).digest()));
            }
            Path root = folder.toRealPath();
            List<Entry> entries = entries(root);
            List<byte[]> contents = Workers.map(entries, entry -> entry.contents(root));
            CacheKey key = CacheKey.of("folder digest");
            for (int i = 0; i < entries.size(); i++) {
                key.add(entries.get(i).relative()).add(entries.get(i).kind()).add(contents.get(i));
            }
            return Optional.of(hex(key.digest()));
        } catch (IOException | UncheckedIOException | Undigestible e) {
            return Optional.empty();
        }
    }

    private static String hex(byte[] digest) {
        return HexFormat.of().formatHex(digest);
    }

    /** Every entry below {@code root}, links not followed, in the order of their relative paths. */
    private static List<Entry> entries(Path root) throws IOException {
        List<Entry> entries = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                if (!dir.equals(root)) {
                    entries.add(new Entry(dir, root.relativize(dir).toString(), "folder"));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                String kind = attributes.isRegularFile() ? "file" : attributes.isSymbolicLink() ? "link" : "special";
                entries.add(new Entry(file, root.relativize(file).toString(), kind));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                throw e;
            }
        });
        entries.sort(Comparator.comparing(Entry::relative));
        return entries;
    }

    /** Thrown (unchecked, through the parallel map) for a link that leads outside the folder digested. */
    private static final class Undigestible extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Undigestible() {
            super(null, null, false, false);
        }
    }

    /** One entry: where it is, its path relative to the folder, and its kind. */
    private record Entry(Path path, String relative, String kind) {
        /** What stands for the entry's contents in the digest. */
        byte[] contents(Path root) {
            try {
                return switch (kind) {
                    case "file" -> fileDigest(path);
                    case "link" -> linkContents(root);
                    default -> new byte[0];
                };
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private byte[] linkContents(Path root) throws IOException {
            CacheKey key = CacheKey.of("link").add(Files.readSymbolicLink(path).toString());
            if (!Files.exists(path)) {
                return key.add(MISSING).digest();
            }
            if (path.toRealPath().startsWith(root)) {
                return key.digest();
            }
            throw new Undigestible();
        }
    }

    /** A file's SHA-256, read in blocks so that a large file needs no memory of its size. */
    private static byte[] fileDigest(Path file) throws IOException {
        MessageDigest digest = CacheKey.sha256();
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int read; (read = in.read(buffer)) > 0;) {
                digest.update(buffer, 0, read);
            }
        }
        return digest.digest();
    }
}
