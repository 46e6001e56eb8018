package org.studyguide.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Reads a built site back from disk, to compare two builds file by file. */
public final class SiteFolder {
    private SiteFolder() {
    }

    /** Every file under {@code dir}, by path relative to it, in path order. */
    public static Map<String, byte[]> files(Path dir) {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(file).toString(), Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /**
     * Every file under {@code dir} as text, each byte one character (ISO-8859-1), so that two builds
     * compare byte for byte and a failure shows the text that differs.
     */
    public static Map<String, String> texts(Path dir) {
        Map<String, String> texts = new TreeMap<>();
        files(dir).forEach((path, bytes) -> texts.put(path, new String(bytes, StandardCharsets.ISO_8859_1)));
        return texts;
    }
}
