package org.studyguide.publish;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.studyguide.diag.IoProblems;
import org.studyguide.render.SiteFiles;

/**
 * Brings a published site up to date with a newer rendering of it by writing only the files whose
 * bytes changed and deleting the ones that are gone, for the preview server's quick rebuilds. Each
 * file is written to a temporary file beside it and moved into place, so a reader sees the whole old
 * file or the whole new one, never a half-written one.
 */
public final class SiteUpdate {
    private SiteUpdate() {
    }

    /**
     * What an update changed, as site paths.
     *
     * @param written files written because they are new or their bytes changed
     * @param deleted files deleted because the newer site no longer has them
     */
    public record Changes(List<String> written, List<String> deleted) {
        /** No change at all. */
        public static final Changes NONE = new Changes(List.of(), List.of());

        /** True when nothing was written or deleted. */
        public boolean isEmpty() {
            return written.isEmpty() && deleted.isEmpty();
        }
    }

    /** The files of {@code after} that differ from {@code before}, and those of {@code before} gone from it. */
    public static Changes between(SiteFiles before, SiteFiles after) {
        List<String> written = new ArrayList<>();
        for (Map.Entry<String, byte[]> file : after.files().entrySet()) {
            byte[] old = before.files().get(file.getKey());
            if (old == null || !Arrays.equals(old, file.getValue())) {
                written.add(file.getKey());
            }
        }
        List<String> deleted = before.files().keySet().stream().filter(p -> !after.contains(p)).toList();
        return new Changes(List.copyOf(written), deleted);
    }

    /**
     * Updates the site published in {@code out} from {@code before} to {@code after}.
     *
     * @throws PublishException when a file cannot be written; the message is meant for the user
     */
    public static Changes apply(SiteFiles before, SiteFiles after, Path out) throws PublishException {
        SiteWriter.requireSafePaths(after);
        Changes changes = between(before, after);
        try {
            for (String path : changes.written()) {
                replace(out.resolve(path), after.files().get(path));
            }
            for (String path : changes.deleted()) {
                Files.deleteIfExists(out.resolve(path));
            }
        } catch (IOException e) {
            throw new PublishException("could not update the site in '" + out + "': " + IoProblems.describe(e), e);
        }
        return changes;
    }

    private static void replace(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
        Path temporary = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".tmp");
        try {
            Files.write(temporary, bytes);
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
