package org.studyguide.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.studyguide.testing.GuideFixture;

/**
 * {@code serve} refuses, before building or serving anything, what {@code build} refuses and a port
 * that cannot exist. (Serving itself is tested in process by the serve package's tests.)
 */
class ServeCommandTest {
    @TempDir
    Path root;

    private final ConsoleRun console = new ConsoleRun();

    @ParameterizedTest
    @ValueSource(strings = {"-1", "65536", "70000"})
    void aPortThatCannotExistIsAUsageErrorBeforeAnythingIsBuilt(String port) {
        GuideFixture fixture = GuideFixture.in(root).writeFiles();
        int code = console.run("serve", "--port", port, "--content", fixture.content().toString(),
                "--out", fixture.out().toString());
        assertThat(code).isEqualTo(2);
        assertThat(console.stderr()).isEqualTo("studyguide: --port must be a number from 0 to 65535 (0 picks a free port), not " + port + System.lineSeparator())
                .doesNotContain("Exception", "\tat ");
        assertThat(console.stdout()).doesNotContain("Built");
        assertThat(fixture.out()).doesNotExist();
    }

    @Test
    void aFolderThatBuildWouldNotReplaceIsRefusedBeforeAnythingIsServed() throws IOException {
        GuideFixture fixture = GuideFixture.in(root).file("chapters/first.md", "not a chapter").writeFiles();
        Path notes = root.resolve("notes");
        Files.createDirectories(notes);
        Files.writeString(notes.resolve("lecture.md"), "my notes");

        int code = console.run("serve", "--port", "0", "--content", fixture.content().toString(), "--out", notes.toString());

        assertThat(code).isEqualTo(3);
        assertThat(console.stderr()).contains("refusing to replace '" + notes + "': it is not empty and was not made by studyguide")
                .doesNotContain("error:", "Exception");
        assertThat(console.stdout()).doesNotContain("Built", "Serving");
        assertThat(notes.resolve("lecture.md")).hasContent("my notes");
        try (var entries = Files.list(notes)) {
            assertThat(entries).hasSize(1);
        }
    }

    @Test
    void theContentFolderIsRefusedAsTheOutputFolderToo() {
        GuideFixture fixture = GuideFixture.in(root).writeFiles();
        int code = console.run("serve", "--port", "0", "--content", fixture.content().toString(),
                "--out", fixture.content().resolve("site").toString());
        assertThat(code).isEqualTo(3);
        assertThat(console.stderr()).contains("which the build reads from");
        assertThat(fixture.content().resolve("site")).doesNotExist();
    }
}
