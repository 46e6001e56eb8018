package org.studyguide.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiFunction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.studyguide.diag.Diagnostic;
import org.studyguide.diag.Diagnostics;
import org.studyguide.testing.DeepStack;

/**
 * Fuzzes the YAML readers with any bytes as the file: guide.yml, the four entry files and a
 * chapter's front matter. No input may throw, hang, or give a diagnostic without its file.
 * Seeds: {@code src/test/resources/org/studyguide/load/YamlFuzzITInputs/<method>/}; runs them under
 * {@code verify}, and fuzzes with {@code JAZZER_FUZZ=1} (README: "Security").
 */
class YamlFuzzIT {
    private static Path dir;

    @BeforeAll
    static void makeFolder() throws IOException {
        dir = Files.createTempDirectory("yaml-fuzz");
    }

    @AfterAll
    static void removeFolder() throws IOException {
        try (var files = Files.list(dir)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(dir);
    }

    @FuzzTest(maxDuration = "2m")
    void guideFile(byte[] input) throws Exception {
        read("guide.yml", input, (file, diagnostics) -> GuideFileReader.read(file, diagnostics).stream().toList());
    }

    @FuzzTest(maxDuration = "2m")
    void entryFiles(byte[] input) throws Exception {
        read("glossary.yml", input, EntryReaders::terms);
        read("quotes.yml", input, EntryReaders::quotes);
        read("sources.yml", input, EntryReaders::sources);
        read("timeline.yml", input, EntryReaders::events);
    }

    @FuzzTest(maxDuration = "2m")
    void frontMatter(byte[] input) throws Exception {
        read("chapter.md", input, (file, diagnostics) -> ChapterReader.read("chapter", file, diagnostics)
                .stream().toList());
    }

    private static void read(String name, byte[] input, BiFunction<Path, Diagnostics, List<?>> reader) throws Exception {
        Path file = dir.resolve(name);
        try {
            Files.write(file, input);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Diagnostics diagnostics = new Diagnostics();
        DeepStack.call(() -> reader.apply(file, diagnostics));
        for (Diagnostic d : diagnostics.sorted()) {
            assertThat(d.position().file()).as(d.message()).isEqualTo(file);
            assertThat(d.message()).doesNotContain("Exception");
        }
    }
}
