package org.studyguide.publish;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The folder a site is published to, and the hidden folders beside it used while replacing it:
 * for {@code site}, the new site is written into {@code .site-staging-<random>} and the old one is
 * moved aside to {@code .site-staging-<random>-old} for the moment of the swap.
 */
final class OutputFolder {
    private static final String ASIDE_SUFFIX = "-old";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path target;
    private final Path shownAs;

    private OutputFolder(Path target, Path shownAs) {
        this.target = target;
        this.shownAs = shownAs;
    }

    /** The output folder {@code out}, with symbolic links resolved as far as it exists. */
    static OutputFolder of(Path out) throws IOException {
        return new OutputFolder(canonical(out), out);
    }

    /**
     * A path in one canonical form, so that two names of one folder compare equal: absolute,
     * normalized, with the symbolic links of its existing part resolved.
     */
    static Path canonical(Path path) throws IOException {
        Path absolute = path.toAbsolutePath().normalize();
        if (Files.exists(absolute)) {
            return absolute.toRealPath();
        }
        Path parent = absolute.getParent();
        return parent == null ? absolute : canonical(parent).resolve(absolute.getFileName());
    }

    /** The folder itself, in canonical form. */
    Path target() {
        return target;
    }

    /** The folder as the user named it, for messages. */
    Path shownAs() {
        return shownAs;
    }

    /**
     * Creates a new staging folder beside the target (creating the target's parents), holding only
     * the marker from the start, so that only folders a build made are ever taken for leftovers.
     */
    Path createStaging() throws IOException {
        Files.createDirectories(target.getParent());
        while (true) {
            Path staging = target.resolveSibling(prefix() + Long.toUnsignedString(RANDOM.nextLong(), 36));
            try {
                Files.createDirectory(staging);
                try {
                    Marker.write(staging);
                } catch (IOException e) {
                    Files.deleteIfExists(staging);
                    throw e;
                }
                return staging;
            } catch (FileAlreadyExistsException taken) {
                continue;
            }
        }
    }

    /** Where the old site is moved while {@code staging} takes its place. */
    Path asideFor(Path staging) {
        return staging.resolveSibling(staging.getFileName() + ASIDE_SUFFIX);
    }

    /**
     * Tidies up after an earlier publish that was interrupted: if it stopped between moving the old
     * site aside and moving the new one in, the old site is put back; every other leftover staging or
     * aside folder is deleted. A folder with a leftover's name but no marker is someone's own
     * and is left alone, unless it is empty: a build killed between creating its staging folder
     * and marking it leaves one, and removing an empty folder loses nothing.
     */
    void recoverLeftovers() throws IOException {
        List<Path> leftovers = leftovers();
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            Optional<Path> aside = leftovers.stream()
                    .filter(path -> path.getFileName().toString().endsWith(ASIDE_SUFFIX))
                    .findFirst();
            if (aside.isPresent()) {
                Folders.rename(aside.get(), target);
                leftovers.remove(aside.get());
            }
        }
        for (Path leftover : leftovers) {
            Folders.delete(leftover);
        }
    }

    List<Path> leftovers() throws IOException {
        Path parent = target.getParent();
        if (!Files.isDirectory(parent)) {
            return new ArrayList<>();
        }
        String prefix = prefix();
        List<Path> leftovers = new ArrayList<>();
        for (String name : names(parent)) {
            if (name.startsWith(prefix)) {
                Path path = parent.resolve(name);
                if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS) && (Marker.isIn(path) || isEmpty(path))) {
                    leftovers.add(path);
                }
            }
        }
        leftovers.sort(null);
        return leftovers;
    }

    /**
     * The names in {@code folder}, read in one call: the output folder's parent may be a crowded
     * one such as /tmp (24,000 entries on the machine measured), where making a Path of every entry
     * to look at its name cost a build 20 to 70 ms.
     */
    private static String[] names(Path folder) throws IOException {
        String[] names = folder.toFile().list();
        if (names == null) { // not readable: let Files.list throw the exception that says why
            try (Stream<Path> entries = Files.list(folder)) {
                return entries.map(entry -> entry.getFileName().toString()).toArray(String[]::new);
            }
        }
        return names;
    }

    private static boolean isEmpty(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    private String prefix() {
        return "." + target.getFileName() + "-staging-";
    }
}
