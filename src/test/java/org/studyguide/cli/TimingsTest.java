package org.studyguide.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studyguide.testing.GuideFixture;

/** {@code --timings}: each stage that ran, in order, on standard error after the summary line. */
class TimingsTest {
    private static final String STAGE_LINE = " {2}[a-z-]+ +\\d+ ms( {2}\\(.+\\))?";

    @TempDir
    Path root;

    private final ConsoleRun console = new ConsoleRun();

    @Test
    void buildPrintsEveryStageInOrderAndTheTotal() {
        GuideFixture fixture = GuideFixture.in(root).writeFiles();
        int code = console.run("build", "--timings", "--content", fixture.content().toString(),
                "--out", fixture.out().toString());
        assertThat(code).isZero();
        assertThat(console.stdout().lines()).singleElement().asString().startsWith("Built ");
        List<String> lines = console.stderr().lines().toList();
        assertThat(lines.get(0)).isEqualTo("Timings:");
        assertThat(lines.subList(1, lines.size())).allMatch(line -> line.matches(STAGE_LINE));
        assertThat(stageNames(lines)).containsExactly("inputs", "load", "link", "verify", "render", "pdfs", "check",
                "publish", "manifest", "total");
    }

    @Test
    void checkHasNoPublishStage() {
        GuideFixture fixture = GuideFixture.in(root).writeFiles();
        int code = console.run("check", "--timings", "--content", fixture.content().toString());
        assertThat(code).isZero();
        assertThat(stageNames(console.stderr().lines().toList()))
                .containsExactly("load", "link", "verify", "render", "pdfs", "check", "total");
    }

    @Test
    void aFailedBuildShowsTheStagesThatRan() {
        GuideFixture fixture = GuideFixture.in(root).file("chapters/second.md",
                GuideFixture.SECOND.replace("[[quote:second-quote]]", "[[qoute:second-quote]]")).writeFiles();
        int code = console.run("build", "--timings", "--content", fixture.content().toString(),
                "--out", fixture.out().toString());
        assertThat(code).isEqualTo(1);
        String stderr = console.stderr();
        assertThat(stderr.substring(stderr.indexOf("build failed"))).contains("Timings:");
        assertThat(stageNames(stderr.lines().toList())).startsWith("inputs", "load", "link").endsWith("total")
                .doesNotContain("check", "publish", "manifest");
    }

    @Test
    void withoutTheOptionNothingIsAdded() {
        GuideFixture fixture = GuideFixture.in(root).writeFiles();
        int code = console.run("build", "--content", fixture.content().toString(), "--out", fixture.out().toString());
        assertThat(code).isZero();
        assertThat(console.stderr()).doesNotContain("Timings");
    }

    private static List<String> stageNames(List<String> stderr) {
        return stderr.stream().filter(line -> line.matches(STAGE_LINE)).map(line -> line.trim().split(" +")[0])
                .toList();
    }
}
