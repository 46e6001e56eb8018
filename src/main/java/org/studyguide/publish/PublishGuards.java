package org.studyguide.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The refusals that make publishing safe: the output folder is replaced as a whole, so it must not
 * be, hold or lie in a folder the build reads, and must be something studyguide made (or empty).
 */
final class PublishGuards {
    private PublishGuards() {
    }

    /** Refuses an output folder that is a file system root, or the same as, inside or around a protected folder. */
    static void requireApart(OutputFolder out, List<Path> protectedDirs) throws PublishException, IOException {
        if (out.target().getParent() == null) {
            throw new PublishException("refusing to publish to '" + out.shownAs()
                    + "': it is the root of a file system; choose another --out");
        }
        for (Path dir : protectedDirs) {
            Optional<String> relation = relation(out.target(), OutputFolder.canonical(dir));
            if (relation.isPresent()) {
                throw new PublishException("refusing to publish to '" + out.shownAs() + "': it " + relation.get()
                        + " '" + dir + "', which the build reads from; choose another --out");
            }
        }
    }

    /** Refuses to replace a file, or a non-empty folder without the studyguide marker. */
    static void requireReplaceable(OutputFolder out) throws PublishException, IOException {
        Path target = out.target();
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.isDirectory(target)) {
            throw new PublishException("refusing to replace '" + out.shownAs()
                    + "': it is not a folder; choose another --out");
        }
        if (!Marker.isIn(target) && !Folders.isEmpty(target)) {
            throw new PublishException("refusing to replace '" + out.shownAs()
                    + "': it is not empty and was not made by studyguide (no " + Marker.NAME
                    + " marker); choose another --out or empty it");
        }
    }

    private static Optional<String> relation(Path out, Path guarded) {
        if (out.equals(guarded)) {
            return Optional.of("is the same folder as");
        }
        if (out.startsWith(guarded)) {
            return Optional.of("is inside");
        }
        return guarded.startsWith(out) ? Optional.of("contains") : Optional.empty();
    }
}
