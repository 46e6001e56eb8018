package org.studyguide.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.studyguide.testing.CorpusCase;
import org.studyguide.testing.PageScan;

/**
 * The bad-input corpus (issue 10): every case in {@code src/test/resources/corpus/} is a small guide
 * with one hostile or careless input, run through the command line in this JVM. Each must give its
 * exit code and diagnostics at their file:line:column, print no Java exception, class name or stack
 * trace, leave the previous site exactly as it was when it fails, finish in bounded time, and, when
 * it builds, publish pages with no live script, event handler or unsafe address.
 */
class BadInputCorpusIT {
    private static final Path CORPUS = Path.of(System.getProperty("project.basedir", "."), "src/test/resources/corpus");
    private static final Pattern JAVA_TEXT = Pattern.compile(
            "Exception|StackOverflow|(?m)^\\s+at [\\w$.]+\\(|\\b[A-Z]\\w*Error\\b|\\b(java|javax|jdk|sun|org\\.snakeyaml|org\\.studyguide"
                    + "|org\\.jsoup|freemarker|com\\.vladsch|picocli)\\.[a-z]\\w*\\.");

    @TempDir
    static Path shared;

    private static Path previousSite;

    /** The site the corpus's builds would replace: built once, copied into every case. */
    @BeforeAll
    static void buildPreviousSite() throws IOException {
        CorpusCase base = new CorpusCase("base", 0, List.of(), List.of(), java.util.Optional.empty(), List.of(), List.of());
        base.writeTo(shared);
        assertThat(new ConsoleRun().run(base.commandLine(shared))).as("the base guide builds").isZero();
        previousSite = shared.resolve("site");
    }

    static Stream<String> cases() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".case")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    @Timeout(value = 90, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void caseGivesItsPromise(String file, @TempDir Path root) throws IOException {
        CorpusCase corpusCase = CorpusCase.read(CORPUS.resolve(file));
        corpusCase.writeTo(root);
        copy(previousSite, root.resolve("site"));
        Map<String, String> before = tree(root.resolve("site"));

        ConsoleRun console = new ConsoleRun();
        int exit = console.run(corpusCase.commandLine(root));
        String output = withoutFuzzerLog(console.stdout() + console.stderr()).replace(root + "/", "")
                .replace(root.toString(), "");

        assertThat(exit).as("%s: exit code; output:%n%s", file, output).isEqualTo(corpusCase.exit());
        assertThat(JAVA_TEXT.matcher(withoutQuotedSource(output)).find()).as("Java text in the output:%n%s", output)
                .isFalse();
        for (String at : corpusCase.at()) {
            // "file:line:" checks the line only; otherwise the whole place, then the severity's ": ".
            assertThat(output).as("diagnostic place").contains(at.endsWith(":") ? at : at + ": ");
        }
        for (String says : corpusCase.says()) {
            assertThat(output).as("message").contains(says);
        }
        if (exit != 0) {
            assertThat(tree(root.resolve("site"))).as("the previous site after a failure").isEqualTo(before);
        } else if (!tree(root.resolve("site")).equals(before)) {
            assertThat(PageScan.findings(root.resolve("site"))).as("injection findings").isEmpty();
        }
        for (String text : corpusCase.texts()) {
            String[] pageAndText = text.split(" \\| ", 2);
            assertThat(Jsoup.parse(root.resolve("site").resolve(pageAndText[0]).toFile(), "UTF-8").text())
                    .as("text of " + pageAndText[0]).contains(pageAndText[1]);
        }
    }

    /**
     * The output without Jazzer's lines: once a fuzz test has run in this JVM, its agent logs every
     * class it instruments ("INFO: Instrumented ...") to standard error.
     */
    static String withoutFuzzerLog(String output) {
        return output.lines().filter(line -> !line.startsWith("INFO: ")).collect(Collectors.joining("\n", "", "\n"));
    }

    /** The output without the lines that show the author's own text (" 12 | ..." and the caret under it). */
    private static String withoutQuotedSource(String output) {
        return output.lines().filter(line -> !line.matches("\\s*\\d*\\s\\|.*")).reduce("", (a, b) -> a + b + "\n");
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }

    /** Every file under {@code dir} with a digest of its bytes; empty when there is no folder. */
    private static Map<String, String> tree(Path dir) {
        Map<String, String> files = new TreeMap<>();
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(file).toString(), Integer.toHexString(Arrays.hashCode(Files.readAllBytes(file)))
                        + ":" + Files.size(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
