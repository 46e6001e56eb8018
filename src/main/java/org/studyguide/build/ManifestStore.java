package org.studyguide.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Optional;
import org.studyguide.cache.CacheKey;
import org.studyguide.cache.ContentCache;

/**
 * Where the {@link BuildManifest} of one output folder is kept: in the cache folder, named by a
 * digest of the output folder's absolute, normalised path, so that builds into different folders
 * keep apart and none is ever written inside a site. A manifest is written to a temporary file and
 * renamed into place, so a reader sees a whole old one or a whole new one; anything else found under
 * the name (torn, of another format, for another folder) is ignored.
 */
final class ManifestStore {
    private final Path file;
    private final String out;

    private ManifestStore(Path file, String out) {
        this.file = file;
        this.out = out;
    }

    /** The store of {@code out}'s manifest in the cache folder {@code cache}. */
    static ManifestStore of(Path cache, Path out) {
        String folder = out.toAbsolutePath().normalize().toString();
        String name = HexFormat.of().formatHex(CacheKey.of("output folder").add(folder).digest(), 0, 16);
        return new ManifestStore(cache.resolve("up-to-date-" + name + ".manifest"), folder);
    }

    /** The output folder as manifests name it. */
    String out() {
        return out;
    }

    /** The manifest file. */
    Path file() {
        return file;
    }

    /** The manifest last written for this output folder, or empty when there is none that can be trusted. */
    Optional<BuildManifest> read() {
        try {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                return Optional.empty();
            }
            return BuildManifest.decode(Files.readAllBytes(file)).filter(manifest -> manifest.out().equals(out));
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
    }

    /** Replaces the manifest; returns false (leaving no temporary file) when it cannot be written. */
    boolean write(BuildManifest manifest) {
        return ContentCache.replace(file, manifest.encode());
    }
}
