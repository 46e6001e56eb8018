package org.studyguide.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The guide built the way {@code ./mvnw package} builds it (its exec execution, run on its own): a
 * guide with errors prints our diagnostics and Maven's failure line, and no Java stack trace.
 */
class MavenBuildIT {
    private static final Path PROJECT = Path.of(System.getProperty("project.basedir", ".")).toAbsolutePath();

    @TempDir
    Path work;

    private record Run(int code, String output) {
    }

    private Run buildGuide(Path content, Path out) throws Exception {
        List<String> command = List.of(PROJECT.resolve("mvnw").toString(), "--offline", "--batch-mode",
                "exec:java@build-guide", "-Dguide.content=" + content, "-Dguide.out=" + out);
        Path log = work.resolve("maven.log");
        Process maven = new ProcessBuilder(command).directory(PROJECT.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        assertThat(maven.waitFor(300, TimeUnit.SECONDS)).as("Maven finished").isTrue();
        return new Run(maven.exitValue(), Files.readString(log));
    }

    @Test
    void aGuideWithErrorsPrintsItsDiagnosticsAndNoStackTrace() throws Exception {
        Path content = Files.createDirectories(work.resolve("content"));
        Files.writeString(content.resolve("guide.yml"), "title: T\nparts:\n  - title: P\n    chapters: [missing]\n");
        Path site = Files.createDirectories(work.resolve("site"));
        Files.writeString(site.resolve(".studyguide"), "");
        Files.writeString(site.resolve("index.html"), "the previous site");

        Run run = buildGuide(content, site);

        assertThat(run.code()).isNotZero();
        assertThat(run.output())
                .contains(content.resolve("guide.yml") + ":4:16: error: chapter 'missing' has no file")
                .contains("[ERROR] Failed to execute goal")
                .contains("the guide has errors, listed above")
                .doesNotContainPattern("(?m)^\\s+at ")
                .doesNotContain("org.apache.commons", "ExecuteException");
        assertThat(run.output().lines().filter(line -> !line.contains("[Help 1] http")))
                .as("no exception class outside Maven's link to its help page")
                .noneMatch(line -> line.contains("Exception"));
        assertThat(site.resolve("index.html")).hasContent("the previous site");
    }

    @Test
    void aGoodGuideIsBuiltInsideMaven() throws Exception {
        Path site = work.resolve("public");
        Run run = buildGuide(PROJECT.resolve("content"), site);
        assertThat(run.code()).as(run.output()).isZero();
        // guide.yml points sourceTexts at the readings beside the project; without them, one warning says so.
        boolean readings = Files.isDirectory(PROJECT.resolveSibling("shared").resolve("sources"));
        assertThat(run.output()).containsPattern("Built \\d+ pages .* into .*public, "
                + (readings ? "0 warnings" : "1 warning")).doesNotContain("[WARNING]");
        assertThat(site.resolve("index.html")).exists();
    }
}
