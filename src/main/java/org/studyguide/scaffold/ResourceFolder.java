package org.studyguide.scaffold;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Every file under a folder of the class path, read whether it lies in the jar or on disk. */
final class ResourceFolder {
    private ResourceFolder() {
    }

    /** Relative path ({@code chapters/a.md}, always with {@code /}) to bytes, sorted by path. */
    static Map<String, byte[]> read(String folder) {
        URL url = ResourceFolder.class.getClassLoader().getResource(folder);
        if (url == null) {
            throw new IllegalStateException("resource folder missing from the class path: " + folder);
        }
        try {
            URI uri = url.toURI();
            if (!"jar".equals(uri.getScheme())) {
                return walk(Path.of(uri));
            }
            try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                return walk(jar.provider().getPath(uri));
            } catch (FileSystemAlreadyExistsException e) {
                // Another reader has the jar open; use its view and leave closing it to that reader.
                return walk(FileSystems.getFileSystem(uri).provider().getPath(uri));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("resource folder has an invalid location: " + url, e);
        }
    }

    private static Map<String, byte[]> walk(Path dir) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                String relative = dir.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
                files.put(relative, Files.readAllBytes(file));
            }
        }
        return files;
    }
}
