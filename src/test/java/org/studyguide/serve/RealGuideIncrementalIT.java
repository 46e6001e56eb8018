package org.studyguide.serve;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.commons.io.FileUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studyguide.build.BuildOptions;

/**
 * The preview's incremental rebuilds of a copy of the real guide serve exactly what a fresh build
 * makes, byte for byte and with the same diagnostics, after a random sequence of every kind of edit.
 */
class RealGuideIncrementalIT {
    private static final Path PROJECT = Path.of(System.getProperty("project.basedir", ".")).toAbsolutePath();

    @TempDir
    Path root;

    @Test
    void randomEditsOfTheRealGuideServeWhatAFreshBuildMakes() throws Exception {
        Path content = copy(PROJECT.resolve("content"), root.resolve("content"));
        Path templates = copy(PROJECT.resolve("templates"), root.resolve("templates"));
        FreshComparison preview = new FreshComparison(new BuildOptions(content, Optional.of(templates), root.resolve("site")));
        GuideEdits edits = new GuideEdits(content, templates, 2026);
        for (GuideEdits.Kind kind : GuideEdits.Kind.values()) {
            preview.rebuilt(kind + " edit", edits.apply(kind));
        }
        for (int step = 0; step < 6; step++) {
            GuideEdits.Kind kind = edits.anyKind();
            preview.rebuilt("random edit " + step + " (" + kind + ")", edits.apply(kind));
        }
    }

    /** A copy to edit (commons-io comes with the HTML validator the tests use). */
    private static Path copy(Path from, Path to) throws IOException {
        FileUtils.copyDirectory(from.toFile(), to.toFile());
        return to;
    }
}
