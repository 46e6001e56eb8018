package org.studyguide.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studyguide.diag.Diagnostic;
import org.studyguide.testing.BuiltGuide;
import org.studyguide.testing.Fifos;
import org.studyguide.testing.GuideFixture;

/**
 * A pipe, device or folder where a content file should be is refused with an error at its path:
 * reading a pipe would wait for a writer forever, so the build would hang.
 */
class SpecialFilesTest {
    @TempDir
    Path root;

    private BuiltGuide buildWithin(GuideFixture fixture) {
        // The bound only stops a hang from blocking the test run.
        return assertTimeoutPreemptively(Duration.ofSeconds(120), fixture::build);
    }

    @Test
    void aPipeInPlaceOfTheGlossaryIsAnErrorAtItsPath() throws Exception {
        GuideFixture fixture = GuideFixture.in(root).without("glossary.yml").writeFiles();
        Fifos.make(fixture.content().resolve("glossary.yml"));

        BuiltGuide built = buildWithin(fixture.without("glossary.yml"));

        Diagnostic error = built.errors().stream()
                .filter(e -> e.position().file().endsWith("glossary.yml")).findFirst().orElseThrow();
        assertThat(error.message()).isEqualTo("expected a text file, but this is a pipe, device or socket");
        assertThat(error.position().line()).isZero();
        assertThat(built.result().published()).isFalse();
    }

    @Test
    void aPipeInPlaceOfAChapterOrGuideFileIsAnError() throws Exception {
        GuideFixture fixture = GuideFixture.in(root).without("chapters/first.md").writeFiles();
        Fifos.make(fixture.content().resolve("chapters/first.md"));

        BuiltGuide built = buildWithin(fixture.without("chapters/first.md"));

        assertThat(built.errors()).anySatisfy(e -> {
            assertThat(e.position().file()).hasFileName("first.md");
            assertThat(e.message()).contains("pipe");
        });
    }

    @Test
    void aFolderInPlaceOfAContentFileIsAnError() throws Exception {
        GuideFixture fixture = GuideFixture.in(root).without("quotes.yml").writeFiles();
        Files.createDirectories(fixture.content().resolve("quotes.yml"));

        BuiltGuide built = buildWithin(fixture.without("quotes.yml"));

        assertThat(built.errors()).anySatisfy(e -> {
            assertThat(e.position().file()).hasFileName("quotes.yml");
            assertThat(e.message()).isEqualTo("expected a text file, but this is a folder");
        });
    }
}
