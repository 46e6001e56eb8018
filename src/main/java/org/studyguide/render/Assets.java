package org.studyguide.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The site's static files: everything under {@code assets/} in the built-in templates and the
 * browser libraries from WebJars ({@link WebJarAssets}), overridden and extended by the guide's own
 * {@code templates/assets/}.
 */
final class Assets {
    private static final String FOLDER = "assets";

    private Assets() {
    }

    /** Site path ({@code assets/...}) to bytes. */
    static Map<String, byte[]> collect(Optional<Path> userTemplates) {
        Map<String, byte[]> files = new TreeMap<>();
        builtIn(files);
        WebJarAssets.addTo(files);
        userTemplates.map(dir -> dir.resolve(FOLDER)).filter(Files::isDirectory)
                .ifPresent(dir -> copy(dir, files));
        return files;
    }

    private static void builtIn(Map<String, byte[]> files) {
        URL url = Assets.class.getClassLoader().getResource(Templates.BUILT_IN + "/" + FOLDER);
        if (url == null) {
            return;
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    copy(jar.provider().getPath(uri), files);
                }
            } else {
                copy(Path.of(uri), files);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("built-in assets have an invalid location: " + url, e);
        }
    }

    private static void copy(Path dir, Map<String, byte[]> files) {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                String relative = dir.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
                files.put(FOLDER + "/" + relative, Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
