package org.studyguide.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar run through the {@code ./studyguide} launcher, as a user runs it: from another
 * folder, with the templates and assets built into the jar.
 */
class LauncherIT {
    private static final Path PROJECT = Path.of(System.getProperty("project.basedir", ".")).toAbsolutePath();

    @TempDir
    Path work;

    private record Run(int code, String out, String err) {
    }

    private Run run(String... args) throws IOException, InterruptedException {
        return runIn(work, args);
    }

    private Run runIn(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(PROJECT.resolve("studyguide").toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(work.resolve("out.txt").toFile())
                .redirectError(work.resolve("err.txt").toFile()).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), Files.readString(work.resolve("out.txt")),
                Files.readString(work.resolve("err.txt")));
    }

    @Test
    void printsItsVersion() throws Exception {
        Run run = run("--version");
        assertThat(run.code()).isZero();
        assertThat(run.out()).startsWith("studyguide 0.1.0");
    }

    @Test
    void buildsTheRealGuideWithTheTemplatesInsideTheJar() throws Exception {
        Run run = run("build", "--content", PROJECT.resolve("content").toString(), "--out", "public");
        assertThat(run.code()).as(run.err()).isZero();
        // guide.yml points sourceTexts at the readings beside the project; without them, the one warning says so.
        if (Files.isDirectory(PROJECT.resolveSibling("shared").resolve("sources"))) {
            assertThat(run.err()).isEmpty();
            assertThat(run.out()).matches("(?s)Built \\d+ pages .* verified\\) into public, 0 warnings, .*");
        } else {
            assertThat(run.err()).contains("warning: the quotations were not verified", "--sources DIR");
            assertThat(run.out()).matches("(?s)Built \\d+ pages .* into public, 1 warning, .*");
        }
        assertThat(work.resolve("public/assets/style.css"))
                .hasSameBinaryContentAs(PROJECT.resolve("templates/assets/style.css"));
        assertThat(Files.readString(work.resolve("public/index.html"), StandardCharsets.UTF_8))
                .contains("NATO–Russia relations, 1991–2021");
    }

    @Test
    void reportsContentErrorsWithoutAStackTrace() throws Exception {
        Path content = work.resolve("content");
        Files.createDirectories(content);
        Files.writeString(content.resolve("guide.yml"), "title: T\nparts:\n  - title: P\n    chapters: [missing]\n");
        Run run = run("build");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("content/guide.yml:4:16: error: chapter 'missing' has no file")
                .doesNotContain("Exception", "\tat ");
        assertThat(work.resolve("site")).doesNotExist();
    }

    @Test
    void startsAGuideFromTheSkeletonInsideTheJarAndBuildsItWarningOnlyOfTheNewChaptersDraftLines() throws Exception {
        Run created = run("new", "guide", "fresh", "--with-templates");
        assertThat(created.code()).as(created.err()).isZero();
        Path guide = work.resolve("fresh");
        assertThat(guide.resolve("templates/layout.ftlh"))
                .hasSameBinaryContentAs(PROJECT.resolve("templates/layout.ftlh"));
        Run chapter = runIn(guide, "new", "chapter", "second-steps");
        assertThat(chapter.code()).as(chapter.err()).isZero();
        Run built = runIn(guide, "build");
        assertThat(built.code()).as(built.err()).isZero();
        assertThat(built.err()).contains("second-steps.md:5:10: warning: 'Draft summary' is a placeholder");
        assertThat(built.out()).matches("(?s)Built \\d+ pages and \\d+ PDFs \\(2 chapters, 1 term, 1 quotation, 1 verified\\)"
                + " into site, 6 warnings, .*");
        assertThat(guide.resolve("site/chapters/second-steps.html")).exists();
    }

    @Test
    void theNextLinesThatNewGuidePrintsRunAsPrinted() throws Exception {
        Run created = run("new", "guide", "next steps");
        assertThat(created.code()).as(created.err()).isZero();
        List<String> next = created.out().lines().dropWhile(line -> !line.equals("Next:")).skip(1)
                .map(String::strip).filter(line -> !line.contains(" serve ")).toList();
        assertThat(next).hasSize(2);
        String script = String.join(" && ", next.stream().map(line -> line.replaceAll("\\s+#.*", "")).toList());
        Process shell = new ProcessBuilder("bash", "-c", script).directory(work.toFile())
                .redirectErrorStream(true).redirectOutput(work.resolve("next.txt").toFile()).start();
        assertThat(shell.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(shell.exitValue()).as(script + "\n" + Files.readString(work.resolve("next.txt"))).isZero();
        assertThat(work.resolve("next steps/site/index.html")).exists();
    }
}
