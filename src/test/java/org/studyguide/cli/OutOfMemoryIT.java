package org.studyguide.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studyguide.testing.GeneratedGuide;
import org.studyguide.testing.GuideFixture;

/**
 * A guide too large for the heap the JVM was given (the launcher caps it, README "Memory"): the
 * packaged jar says so in one plain line with the option that raises it, exits with 5, and leaves
 * the previous site as it was, with no staging folder beside it.
 */
class OutOfMemoryIT {
    private static final Path JAR = Path.of(System.getProperty("project.basedir", "."), "target/studyguide.jar")
            .toAbsolutePath();

    @TempDir
    Path root;

    @Test
    void aGuideTooLargeForTheHeapGetsAPlainMessageAndLeavesTheSite() throws Exception {
        GuideFixture fixture = GeneratedGuide.of(root.resolve("guide"), 300, 100).writeFiles();
        Path out = root.resolve("site");
        assertThat(build(fixture, out, "-Xmx256m").exit()).isZero();
        Map<Path, Integer> before = hashes(out);
        Files.writeString(fixture.content().resolve("chapters/" + GeneratedGuide.id(1) + ".md"),
                GeneratedGuide.chapter(1, "A new paragraph.\n"));

        Result starved = build(fixture, out, "-Xmx8m");

        assertThat(starved.exit()).as(starved.err()).isEqualTo(Main.OUT_OF_MEMORY);
        assertThat(starved.err().strip()).startsWith("studyguide: the guide needs more memory than the")
                .contains("STUDYGUIDE_JAVA_OPTS=-Xmx2g").doesNotContain("Exception", "Error", "java.", "\tat ")
                .hasLineCount(1);
        assertThat(hashes(out)).as("the previous site").isEqualTo(before);
        try (Stream<Path> beside = Files.list(root)) {
            // The build cache (README "The build cache") is kept beside the site; no staging folder is.
            assertThat(beside.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("guide", "site",
                    ".studyguide-cache");
        }
    }

    private Result build(GuideFixture fixture, Path out, String heap) throws IOException, InterruptedException {
        Path err = Files.createTempFile(root.getParent(), "err", ".txt");
        Process process = new ProcessBuilder(List.of("java", heap, "-XX:+UseParallelGC", "-jar", JAR.toString(), "build",
                "--content", fixture.content().toString(), "--out", out.toString()))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(err.toFile()).start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("the build ended").isTrue();
        String text = Files.readString(err, StandardCharsets.UTF_8);
        Files.delete(err);
        return new Result(process.exitValue(), text);
    }

    /** Every file of the site and a hash of its bytes, by path. */
    private static Map<Path, Integer> hashes(Path site) throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(Files::isRegularFile).collect(Collectors.toMap(site::relativize, OutOfMemoryIT::hash));
        }
    }

    private static int hash(Path file) {
        try {
            return Arrays.hashCode(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Result(int exit, String err) {
    }
}
