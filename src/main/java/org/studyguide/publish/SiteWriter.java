package org.studyguide.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.studyguide.render.SiteFiles;

/** Writes a rendered site, byte for byte, into an empty folder, and adds the marker. */
final class SiteWriter {
    private SiteWriter() {
    }

    /**
     * Refuses paths that could land outside the output folder or collide with the marker: every
     * path must be relative, {@code /}-separated, without empty, {@code .} or {@code ..} segments,
     * backslashes or colons.
     */
    static void requireSafePaths(SiteFiles site) throws PublishException {
        for (String path : site.files().keySet()) {
            if (!SiteFiles.staysInside(path) || path.equals(Marker.NAME)) {
                throw new PublishException("cannot publish a site file named '" + path
                        + "': site paths must be relative, '/'-separated, stay inside the site and not be '"
                        + Marker.NAME + "'");
            }
        }
    }

    /**
     * Writes every file of the site into {@code folder} (several at once: a large site has thousands),
     * then the marker; the pages a staged site wrote there already are left as they are.
     */
    static void write(SiteFiles site, Path folder) throws IOException {
        try {
            site.files().keySet().parallelStream().filter(file -> !site.isWritten(file)).forEach(file -> {
                Path path = folder.resolve(file);
                try {
                    Files.createDirectories(path.getParent());
                    Files.write(path, site.files().get(file), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        Marker.write(folder);
    }
}
