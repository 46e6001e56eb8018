package org.studyguide.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.studyguide.diag.Diagnostics;
import org.studyguide.load.InsideFolder;
import org.studyguide.model.Position;

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
    static Map<String, byte[]> collect(Optional<Path> userTemplates, Diagnostics diagnostics) {
        Map<String, byte[]> files = new TreeMap<>();
        builtIn(files);
        WebJarAssets.addTo(files);
        userTemplates.filter(Files::isDirectory).ifPresent(templates -> {
            Path dir = templates.resolve(FOLDER);
            if (Files.isDirectory(dir)) {
                copy(dir, files, file -> confined(templates, file, diagnostics));
            }
        });
        return files;
    }

    /** True when an asset of the guide lies inside its templates folder; reports it otherwise. */
    private static boolean confined(Path templates, Path file, Diagnostics diagnostics) {
        if (InsideFolder.contains(templates, file)) {
            return true;
        }
        diagnostics.error(Position.ofFile(file), "this asset leads outside the templates folder (a symbolic link?),"
                + " so it is not published", "copy the file into templates/assets/ instead of linking to it");
        return false;
    }

    private static void builtIn(Map<String, byte[]> files) {
        URL url = Assets.class.getClassLoader().getResource(Templates.BUILT_IN + "/" + FOLDER);
        if (url == null) {
            return;
        }
        try {
            URLConnection connection = url.openConnection();
            if (connection instanceof JarURLConnection jar) {
                String folder = jar.getEntryName(); // with the "/" of the folder's own entry, or without
                copy(jar.getJarFile(), folder.endsWith("/") ? folder : folder + "/", files);
            } else {
                copy(Path.of(url.toURI()), files, file -> true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("built-in assets have an invalid location: " + url, e);
        }
    }

    /**
     * The files under {@code folder} in the packaged jar, read with {@code java.util.jar}, which
     * shares the jar's index with the class loader that already read it: opening the jar as a file
     * system instead indexed its ~5,800 entries once more, in every build.
     */
    private static void copy(JarFile jar, String folder, Map<String, byte[]> files) throws IOException {
        for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements();) {
            JarEntry entry = entries.nextElement();
            String name = entry.getName();
            if (!entry.isDirectory() && name.startsWith(folder)) {
                try (InputStream in = jar.getInputStream(entry)) {
                    files.put(FOLDER + "/" + name.substring(folder.length()), in.readAllBytes());
                }
            }
        }
    }

    private static void copy(Path dir, Map<String, byte[]> files, Predicate<Path> allowed) {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : walk.filter(Files::isRegularFile).filter(allowed).toList()) {
                String relative = dir.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
                files.put(FOLDER + "/" + relative, Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
