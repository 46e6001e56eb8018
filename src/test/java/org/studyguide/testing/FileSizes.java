package org.studyguide.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Sizes of built files and folders, for tests of how output grows with a guide. */
public final class FileSizes {
    private FileSizes() {
    }

    /** The bytes of every regular file under {@code folder}. */
    public static long under(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(FileSizes::of).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The largest file directly in {@code folder}. */
    public static long largestIn(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.mapToLong(FileSizes::of).max().orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One file's size. */
    public static long of(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
