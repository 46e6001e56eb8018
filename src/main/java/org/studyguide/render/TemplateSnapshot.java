package org.studyguide.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.studyguide.cache.CacheKey;

/**
 * A guide's own templates folder as a build found it: each file's SHA-256 by its name in the folder
 * (any file may be included as a template, and any file there hides a built-in template of its
 * name). Two builds that find the same snapshot may share parsed templates (see
 * {@link KeptConfigurations}).
 *
 * @param folder the folder, absolute, or empty for a guide with the built-in templates only
 * @param files  each file's digest by its name, with {@code /} between folders
 */
record TemplateSnapshot(Optional<Path> folder, Map<String, String> files) {

    /** Copies the map. */
    TemplateSnapshot {
        files = Map.copyOf(files);
    }

    /**
     * The snapshot of {@code folder}, or empty when a file cannot be read or is not a plain file or
     * folder (a symbolic link, whose target may change without the folder changing).
     */
    static Optional<TemplateSnapshot> of(Optional<Path> folder) {
        if (folder.isEmpty()) {
            return Optional.of(new TemplateSnapshot(Optional.empty(), Map.of()));
        }
        Path root = folder.get().toAbsolutePath().normalize();
        try (Stream<Path> walk = Files.walk(root)) {
            List<Path> found = walk.filter(path -> !Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)).toList();
            Map<String, String> files = new HashMap<>();
            for (Path file : found) {
                if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                    return Optional.empty();
                }
                files.put(root.relativize(file).toString().replace('\\', '/'), digest(file));
            }
            return Optional.of(new TemplateSnapshot(Optional.of(root), files));
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
    }

    /** The digest a snapshot holds of a file's bytes. */
    static String digest(byte[] bytes) {
        return HexFormat.of().formatHex(CacheKey.sha256().digest(bytes));
    }

    /** The digest of a file, read in pieces: the folder may hold large files (images, fonts) that are no templates. */
    private static String digest(Path file) throws IOException {
        MessageDigest digest = CacheKey.sha256();
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Whether every file in {@code read} (digests by name) is in this snapshot with the same bytes. */
    boolean holds(Map<String, String> read) {
        return read.entrySet().stream().allMatch(file -> file.getValue().equals(files.get(file.getKey())));
    }
}
