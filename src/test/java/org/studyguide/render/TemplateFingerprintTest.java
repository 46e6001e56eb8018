package org.studyguide.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The templates' part of a page's key: the built-in templates (which a guide's may include) show
 * only their model, so pages made with them are kept; a guide's templates folder changes the
 * fingerprint with any file in it; words that only look like a refused use do not refuse it.
 */
class TemplateFingerprintTest {
    @TempDir
    Path folder;

    @Test
    void theBuiltInTemplatesShowOnlyTheirModel() {
        Path builtIn = Path.of("templates");
        assertThat(builtIn.resolve("chapter.ftlh")).exists();

        assertThat(new Templates(Optional.of(builtIn)).fingerprint()).isPresent();
    }

    @Test
    void anyFileOfTheFolderChangesTheFingerprint() throws IOException {
        Files.writeString(folder.resolve("404.ftlh"), "<p>Not here; the known pages are listed.</p>");
        byte[] before = new Templates(Optional.of(folder)).fingerprint().orElseThrow();
        Files.createDirectories(folder.resolve("assets"));
        Files.writeString(folder.resolve("assets/extra.css"), "p { color: black; }");

        byte[] after = new Templates(Optional.of(folder)).fingerprint().orElseThrow();

        assertThat(after).isNotEqualTo(before);
        assertThat(new Templates(Optional.empty()).fingerprint()).isPresent().get().isNotEqualTo(before);
    }

    @Test
    void theClockIsRefusedButTheWordIsNot() throws IOException {
        Files.writeString(folder.resolve("404.ftlh"), "<p>Evaluate now what you know now: ${page.title}</p>");
        assertThat(new Templates(Optional.of(folder)).fingerprint()).isPresent();

        Files.writeString(folder.resolve("404.ftlh"), "<p>${.\nnow?long}</p>");
        assertThat(new Templates(Optional.of(folder)).fingerprint()).isEmpty();
    }
}
