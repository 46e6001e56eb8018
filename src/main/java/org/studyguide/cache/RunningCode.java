package org.studyguide.cache;

import java.io.File;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The fingerprint of all the code a run may execute: the jar or class folder {@code anchor} was
 * loaded from, every entry of the class path, and every jar of the class loaders above {@code anchor}
 * that read from URLs (how {@code ./mvnw package} runs the build inside Maven). A superset is safe: a
 * jar that is on the path but never used only costs the reading of its table of contents.
 */
public final class RunningCode {
    private RunningCode() {
    }

    /** The fingerprint (see {@link CodeFingerprint#ofLocations}), or empty when a location cannot be read. */
    public static Optional<byte[]> fingerprint(Class<?> anchor) {
        try {
            return CodeFingerprint.ofLocations(locations(anchor));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static Set<Path> locations(Class<?> anchor) throws URISyntaxException {
        Set<Path> locations = new TreeSet<>();
        CodeSource source = anchor.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            throw new IllegalArgumentException(anchor + " has no code source");
        }
        locations.add(Path.of(source.getLocation().toURI()));
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (!entry.isEmpty() && Files.exists(Path.of(entry))) {
                locations.add(Path.of(entry).toAbsolutePath().normalize());
            }
        }
        for (ClassLoader loader = anchor.getClassLoader(); loader != null; loader = loader.getParent()) {
            if (loader instanceof URLClassLoader urls) {
                for (URL url : urls.getURLs()) {
                    if (url.getProtocol().equals("file") && Files.exists(Path.of(url.toURI()))) {
                        locations.add(Path.of(url.toURI()));
                    }
                }
            }
        }
        return locations;
    }
}
