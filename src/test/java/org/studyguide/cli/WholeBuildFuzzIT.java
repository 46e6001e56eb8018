package org.studyguide.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.studyguide.testing.DeepStack;
import org.studyguide.testing.GuideFixture;
import org.studyguide.testing.PageScan;

/**
 * Fuzzes a whole build from generated content: the input, split at the record separator (U+001E),
 * is appended to the second chapter, the glossary, the quotations and guide.yml of the fixture
 * guide, and {@code studyguide build} runs on it in this JVM. No input may give exit 4 (an
 * internal error), a stack trace or a hang; a build that succeeds publishes no live script, event
 * handler or unsafe address. Seeds: {@code WholeBuildFuzzITInputs/build/}.
 */
class WholeBuildFuzzIT {
    private static final String[] FILES = {"chapters/second.md", "glossary.yml", "quotes.yml", "guide.yml"};

    @FuzzTest(maxDuration = "5m")
    void build(byte[] input) throws Exception {
        Path root = Files.createTempDirectory("build-fuzz");
        try {
            GuideFixture fixture = GuideFixture.in(root).file("guide.yml", GuideFixture.GUIDE + "pdf: false\n").writeFiles();
            String[] parts = new String(input, StandardCharsets.UTF_8).split("\u001e", FILES.length);
            for (int i = 0; i < parts.length; i++) {
                Path file = fixture.content().resolve(FILES[i]);
                Files.writeString(file, Files.readString(file) + parts[i]);
            }
            ConsoleRun console = new ConsoleRun();
            int exit = DeepStack.call(() -> console.run("build", "--content", fixture.content().toString(),
                    "--out", fixture.out().toString()));
            String output = BadInputCorpusIT.withoutFuzzerLog(console.stdout() + console.stderr());
            assertThat(exit).as(output).isIn(0, 1);
            assertThat(output).doesNotContain("internal error", "Exception", "\tat ");
            if (exit == 0) {
                assertThat(PageScan.findings(fixture.out())).isEmpty();
            }
        } finally {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }
}
