package org.studyguide.diag;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studyguide.model.Position;

class DiagnosticPrinterTest {
    @TempDir
    Path dir;

    @Test
    void showsTheLineWithACaretUnderTheColumnAndTheHint() throws IOException {
        Path file = dir.resolve("a.md");
        Files.writeString(file, "first\n\tsee [[NCR]] here\n");
        String text = new DiagnosticPrinter().format(Diagnostic.error(new Position(file, 2, 6), "unknown term 'NCR'",
                "did you mean 'NRC'?"));
        assertThat(text).isEqualTo(file + ":2:6: error: unknown term 'NCR'\n"
                + " 2 | \tsee [[NCR]] here\n"
                + "   | \t    ^\n"
                + "  hint: did you mean 'NRC'?\n");
    }

    @Test
    void aFileWithoutLineHasNoSnippet() {
        String text = new DiagnosticPrinter().format(List.of(
                Diagnostic.warning(Position.ofFile(dir.resolve("x.md")), "chapter is not listed", java.util.Optional.empty())));
        assertThat(text).isEqualTo(dir.resolve("x.md") + ": warning: chapter is not listed\n\n");
    }

    @Test
    void sortsByFileLineAndColumn() {
        Diagnostics diagnostics = new Diagnostics();
        diagnostics.error(new Position(Path.of("b.yml"), 1, 1), "b");
        diagnostics.error(new Position(Path.of("a.yml"), 9, 2), "a9");
        diagnostics.error(new Position(Path.of("a.yml"), 2, 5), "a2");
        assertThat(diagnostics.sorted()).extracting(Diagnostic::message).containsExactly("a2", "a9", "b");
    }
}
