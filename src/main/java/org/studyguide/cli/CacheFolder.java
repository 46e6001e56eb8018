package org.studyguide.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where the cache of laid-out PDFs lives: {@code .studyguide-cache} beside the output folder unless
 * {@code --cache DIR} names another place; none with {@code --no-cache}. The cache never lies inside
 * (or around) the content, templates or output folder: it would be read as part of the guide,
 * published with the site, or replaced along with it.
 */
final class CacheFolder {
    /** The name of the default cache folder, beside the output folder. */
    static final String DEFAULT_NAME = ".studyguide-cache";

    private CacheFolder() {
    }

    /**
     * The cache folder, or empty for none.
     *
     * @param given   {@code --cache}, or null
     * @param out     the output folder
     * @param apart   the folders the cache must stay apart from: content, templates and output
     * @return empty when the default place would lie inside one of {@code apart}
     * @throws IllegalArgumentException when {@code given} lies inside or around one of {@code apart}
     */
    static Optional<Path> choose(Path given, Path out, List<Path> apart) {
        if (given != null) {
            Optional<Path> clash = clash(given, apart);
            if (clash.isPresent()) {
                throw new IllegalArgumentException("--cache must be a folder of its own, apart from " + clash.get());
            }
            return Optional.of(given);
        }
        Path parent = out.toAbsolutePath().normalize().getParent();
        if (parent == null) {
            return Optional.empty();
        }
        Path folder = parent.resolve(DEFAULT_NAME);
        return clash(folder, apart).isPresent() ? Optional.empty() : Optional.of(folder);
    }

    private static Optional<Path> clash(Path cache, List<Path> apart) {
        Path mine = cache.toAbsolutePath().normalize();
        return apart.stream().filter(folder -> {
            Path other = folder.toAbsolutePath().normalize();
            return mine.startsWith(other) || other.startsWith(mine);
        }).findFirst();
    }
}
