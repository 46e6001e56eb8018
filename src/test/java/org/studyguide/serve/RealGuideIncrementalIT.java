package org.studyguide.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.io.FileUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studyguide.build.BuildOptions;

/**
 * The preview's incremental rebuilds of a copy of the real guide serve exactly what a fresh build
 * makes, byte for byte and with the same diagnostics, after a random sequence of every kind of edit,
 * and a body edit of any chapter renders and serves that chapter's page alone first.
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

    @Test
    void aBodyEditOfEachChapterServesItsOwnPageAloneFirst() throws Exception {
        Path content = copy(PROJECT.resolve("content"), root.resolve("content"));
        Path templates = copy(PROJECT.resolve("templates"), root.resolve("templates"));
        FreshComparison preview = new FreshComparison(new BuildOptions(content, Optional.of(templates), root.resolve("site")));
        try (Stream<Path> chapters = Files.list(content.resolve("chapters"))) {
            for (Path chapter : chapters.sorted().toList()) {
                String id = chapter.getFileName().toString().replaceFirst("\\.md$", "");
                Edits.save(chapter, Files.readString(chapter) + "\nA sentence added to " + id + ".\n");
                // Compared with a fresh build: no other chapter page changed, as it was not rendered early.
                assertThat(preview.rebuilt("a body edit of " + id, Set.of(chapter)))
                        .containsExactly("chapters/" + id + ".html");
            }
        }
    }

    /** A copy to edit (commons-io comes with the HTML validator the tests use). */
    private static Path copy(Path from, Path to) throws IOException {
        FileUtils.copyDirectory(from.toFile(), to.toFile());
        return to;
    }
}
