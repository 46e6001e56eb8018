package org.studyguide.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studyguide.testing.GuideFixture;

/**
 * {@code build} twice with nothing changed: the second prints what the first printed (warnings at
 * their file:line:col, the same counts, the same exit code) and says that nothing was written.
 */
class UpToDateCommandTest {
    private static final String SUMMARY_NUMBERS = "Built \\d+ pages and \\d+ PDFs \\(2 chapters, 2 terms, 2 quotations\\)"
            + " into .*site, 1 warning, in \\d+\\.\\d\\d s";

    @TempDir
    Path root;

    private final ConsoleRun console = new ConsoleRun();

    /** A guide whose readings' texts are missing, so that every build warns once, at guide.yml's sourceTexts line. */
    private GuideFixture guideWithAWarning() {
        return GuideFixture.in(root).withoutReadingText("reading-a").writeFiles();
    }

    private int build(GuideFixture fixture, String... more) {
        List<String> args = new ArrayList<>(List.of("build", "--content", fixture.content().toString(), "--out",
                fixture.out().toString()));
        args.addAll(List.of(more));
        console.forget();
        return console.run(args.toArray(String[]::new));
    }

    @Test
    void theSecondBuildPrintsTheSameReportAndSaysNothingWasWritten() throws Exception {
        GuideFixture fixture = guideWithAWarning();
        assertThat(build(fixture)).isZero();
        String firstOut = console.stdout();
        String firstErr = console.stderr();
        assertThat(firstErr).contains("guide.yml:15:14: warning: the quotations were not verified");
        assertThat(firstOut.strip()).matches(SUMMARY_NUMBERS);
        List<String> site = states(fixture.out());

        assertThat(build(fixture)).isZero();
        assertThat(console.stderr()).isEqualTo(firstErr);
        assertThat(console.stdout().strip()).matches(SUMMARY_NUMBERS
                + " \\(unchanged since the last build; nothing written\\)");
        assertThat(console.stdout().replaceAll("in \\d+\\.\\d\\d s.*", ""))
                .isEqualTo(firstOut.replaceAll("in \\d+\\.\\d\\d s.*", ""));
        assertThat(states(fixture.out())).isEqualTo(site);
    }

    @Test
    void timingsShowTheBuildWasUpToDate() {
        GuideFixture fixture = guideWithAWarning();
        assertThat(build(fixture, "--timings")).isZero();
        assertThat(console.stderr()).contains("  inputs ").contains("(no earlier build recorded)");
        assertThat(build(fixture, "--timings")).isZero();
        String timings = console.stderr().substring(console.stderr().indexOf("Timings:"));
        assertThat(timings.lines().toList()).hasSize(3);
        assertThat(timings.lines().skip(1).findFirst().orElseThrow())
                .matches("  up-to-date +\\d+ ms  \\(nothing changed since the last build; nothing written\\)");
    }

    @Test
    void aChangedOutputFolderIsSaidToBeTheReason() throws Exception {
        GuideFixture fixture = guideWithAWarning();
        assertThat(build(fixture)).isZero();
        Files.delete(fixture.out().resolve("index.html"));
        assertThat(build(fixture, "--timings")).isZero();
        assertThat(console.stderr()).contains("(the output folder was changed)");
        assertThat(console.stdout()).doesNotContain("unchanged");
        assertThat(fixture.out().resolve("index.html")).exists();
    }

    @Test
    void noCacheNeverSkipsAndRecordsNothing() throws Exception {
        GuideFixture fixture = guideWithAWarning();
        assertThat(build(fixture, "--no-cache")).isZero();
        List<String> site = states(fixture.out());
        assertThat(build(fixture, "--no-cache")).isZero();
        assertThat(console.stdout()).doesNotContain("unchanged");
        assertThat(states(fixture.out())).isNotEqualTo(site);
        assertThat(fixture.out().resolveSibling(".studyguide-cache")).doesNotExist();
    }

    @Test
    void aFailedBuildFailsAgainWithTheSameErrors() {
        GuideFixture fixture = GuideFixture.in(root)
                .file("chapters/second.md", GuideFixture.SECOND + "\nSee [[NRCC]].\n").writeFiles();
        assertThat(build(fixture)).isEqualTo(Main.CONTENT_ERRORS);
        String firstErr = console.stderr().replaceAll("in \\d+\\.\\d\\d s", "");
        assertThat(firstErr).contains("second.md:10:5: error: unknown term 'NRCC'");
        assertThat(build(fixture)).isEqualTo(Main.CONTENT_ERRORS);
        assertThat(console.stderr().replaceAll("in \\d+\\.\\d\\d s", "")).isEqualTo(firstErr);
        assertThat(fixture.out()).doesNotExist();
    }

    @Test
    void checkIsNeverSkipped() {
        GuideFixture fixture = guideWithAWarning();
        assertThat(build(fixture)).isZero();
        console.forget();
        assertThat(console.run("check", "--timings", "--content", fixture.content().toString(), "--out",
                fixture.out().toString())).isZero();
        assertThat(console.stdout()).startsWith("Checked ").doesNotContain("unchanged");
        assertThat(console.stderr()).contains("  load ").doesNotContain("up-to-date");
    }

    /** Each entry below {@code dir}: path, size, modification time and inode. */
    private static List<String> states(Path dir) throws Exception {
        try (Stream<Path> walk = Files.walk(dir)) {
            List<String> states = new ArrayList<>();
            for (Path path : walk.sorted().toList()) {
                BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
                states.add(dir.relativize(path) + " " + attributes.size() + " " + attributes.lastModifiedTime() + " "
                        + attributes.fileKey());
            }
            return states;
        }
    }
}
