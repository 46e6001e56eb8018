package org.studyguide.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Whether a file really lies inside a folder once symbolic links are followed: a guide's files may
 * link to each other, but never to a file elsewhere on the disk, which the build would then publish
 * or quote in an error message.
 */
public final class InsideFolder {
    private InsideFolder() {
    }

    /**
     * True when {@code file} does not exist (whoever reads it reports that) or its real path is
     * inside the real path of {@code folder}.
     */
    public static boolean contains(Path folder, Path file) {
        return within(folder).test(file);
    }

    /** {@link #contains} for many files in {@code folder}, whose real path is looked up once. */
    public static Predicate<Path> within(Path folder) {
        Optional<Path> realFolder = realPath(folder);
        return file -> !Files.exists(file) || realFolder.isPresent()
                && realPath(file).filter(real -> real.startsWith(realFolder.get())).isPresent();
    }

    private static Optional<Path> realPath(Path path) {
        try {
            return Optional.of(path.toRealPath());
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
