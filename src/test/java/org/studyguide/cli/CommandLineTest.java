package org.studyguide.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studyguide.testing.GuideFixture;

/** The command line: exit codes, the summary line, and diagnostics printed without stack traces. */
class CommandLineTest {
    @TempDir
    Path root;

    private final ConsoleRun console = new ConsoleRun();

    private int run(String... args) {
        return console.run(args);
    }

    private String stdout() {
        return console.stdout();
    }

    private String stderr() {
        return console.stderr();
    }

    @Test
    void buildPrintsOneSummaryLineAndExitsZero() {
        GuideFixture fixture = GuideFixture.in(root).writeFiles();
        int code = run("build", "--content", fixture.content().toString(), "--out", fixture.out().toString());
        assertThat(code).isZero();
        assertThat(stdout().lines()).singleElement().satisfies(line -> assertThat(line)
                .matches("Built 14 pages and 3 PDFs \\(2 chapters, 2 terms, 2 quotations, 2 verified\\) into .*site, 0 warnings, in \\d+\\.\\d\\d s"));
        assertThat(fixture.out().resolve("index.html")).exists();
    }

    @Test
    void contentErrorsArePrintedWithTheLineAndCaretAndExitOne() {
        GuideFixture fixture = GuideFixture.in(root).file("chapters/second.md",
                GuideFixture.SECOND.replace("[[quote:second-quote]]", "[[qoute:second-quote]]")).writeFiles();
        int code = run("build", "--content", fixture.content().toString(), "--out", fixture.out().toString());
        assertThat(code).isEqualTo(1);
        assertThat(stderr()).contains("second.md:8:45: error: unknown reference kind 'qoute'")
                .contains(" 8 | Cooperation through the PJC is discussed in [[qoute:second-quote]].")
                .contains("hint: did you mean 'quote'?")
                .contains("was left unchanged")
                .doesNotContain("Exception", "\tat ");
        assertThat(fixture.out()).doesNotExist();
    }

    @Test
    void checkWritesNothing() {
        GuideFixture fixture = GuideFixture.in(root).writeFiles();
        int code = run("check", "--content", fixture.content().toString(), "--out", fixture.out().toString());
        assertThat(code).isZero();
        assertThat(stdout()).startsWith("Checked 14 pages");
        assertThat(fixture.out()).doesNotExist();
    }

    @Test
    void refusesToReplaceAFolderItDidNotMake() throws IOException {
        GuideFixture fixture = GuideFixture.in(root).writeFiles();
        Files.createDirectories(fixture.out());
        Files.writeString(fixture.out().resolve("notes.txt"), "my notes");
        int code = run("build", "--content", fixture.content().toString(), "--out", fixture.out().toString());
        assertThat(code).isEqualTo(3);
        assertThat(stderr()).contains("refusing").doesNotContain("Exception");
        assertThat(fixture.out().resolve("notes.txt")).hasContent("my notes");
    }

    @Test
    void sourcesVerifyQuotationsAndAreCountedInTheSummary() throws IOException {
        GuideFixture fixture = GuideFixture.in(root).readingText("reading-a",
                "The council met often. Cooperation was uneven.").writeFiles();
        int code = run("check", "--content", fixture.content().toString(), "--sources", fixture.textsDir().toString());
        assertThat(code).isZero();
        assertThat(stdout()).contains("(2 chapters, 2 terms, 2 quotations, 2 verified)");
    }

    @Test
    void aMissingSourcesFolderIsAUsageError() {
        GuideFixture fixture = GuideFixture.in(root).writeFiles();
        int code = run("check", "--content", fixture.content().toString(), "--sources", root.resolve("nowhere").toString());
        assertThat(code).isEqualTo(2);
        assertThat(stderr()).contains("--sources names a folder that does not exist: ").contains("nowhere");
    }

    @Test
    void aMissingTemplatesFolderIsAUsageError() {
        GuideFixture fixture = GuideFixture.in(root).writeFiles();
        int code = run("build", "--content", fixture.content().toString(), "--out", fixture.out().toString(),
                "--templates", root.resolve("nowhere").toString());
        assertThat(code).isEqualTo(2);
        assertThat(stderr()).contains("--templates names a folder that does not exist: ").contains("nowhere")
                .doesNotContain("Exception");
        assertThat(fixture.out()).doesNotExist();
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(run("build", "--no-such-option")).isEqualTo(2);
        assertThat(stderr()).contains("Unknown option");
    }

    @Test
    void helpAndVersion() {
        assertThat(run("--help")).isZero();
        assertThat(stdout()).contains("build", "check", "Exit codes");
        assertThat(run("--version")).isZero();
        assertThat(stdout()).contains("studyguide");
    }
}
