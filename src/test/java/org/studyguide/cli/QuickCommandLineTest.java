package org.studyguide.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.studyguide.build.BuildOptions;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The quick reading of {@code build} and {@code check} command lines: what it takes, it reads as
 * picocli does; everything else it leaves to picocli.
 */
class QuickCommandLineTest {
    @TempDir
    Path root;

    @ParameterizedTest
    @ValueSource(strings = {
        "build",
        "check",
        "build --timings",
        "build --content CONTENT --out OUT",
        "check --content=CONTENT --templates TEMPLATES --sources TEMPLATES --timings",
        "build --out=OUT --cache CACHE --content CONTENT",
        "build --no-cache --content CONTENT --out OUT --timings",
        "build --content CONTENT --out relative/site",
        "build --content help --out check",
        "check --content build --out serve",
    })
    void readsWhatPicocliReadsTheSameWay(String line) throws IOException {
        String[] args = args(line);
        Optional<QuickCommandLine.Parsed> quick = QuickCommandLine.parse(args);
        assertThat(quick).isPresent();
        CommandLine.ParseResult picocli = new CommandLine(new Main()).parseArgs(args);
        CommandSpec command = picocli.subcommand().commandSpec();
        assertThat(quick.get().command()).isEqualTo(command.name());
        assertThat(quick.get().timings()).isEqualTo(mixin(command, TimingsOption.class).timings);
        BuildOptions expected = mixin(command, GuideOptions.class).buildOptions(Path.of("site"));
        assertThat(quick.get().options().buildOptions(Path.of("site"))).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", "--help", "-h", "--version", "serve", "new guide x", "build --help", "build -h", "check -V",
        "build --content", "build --content --out OUT", "build --content -x", "build --content=",
        "build --timings --timings", "build --content a --content b", "build --timings=true", "build --no-cache=yes",
        "build --unknown", "build extra", "build @options.txt", "build --content @options.txt",
        "build --content a=b", "build --content \"quoted\"", "build --port 8000", "--content CONTENT build",
    })
    void leavesEverythingElseToPicocli(String line) throws IOException {
        assertThat(QuickCommandLine.parse(args(line))).isEmpty();
    }

    @Test
    void leavesOptionsThatDoNotFitTogetherToPicocliWhichReportsThem() throws IOException {
        ConsoleRun console = new ConsoleRun();
        int code = console.run(args("build --content CONTENT --cache CACHE --no-cache"));
        assertThat(code).isEqualTo(2);
        assertThat(console.stderr()).contains("--cache and --no-cache contradict each other", "Usage:");
        assertThat(console.stdout()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"--version", "-V"})
    void printsTheVersionAsPicocliPrintsIt(String flag) {
        StringWriter quick = new StringWriter();
        Optional<Integer> code = QuickCommandLine.run(new String[] {flag}, Map.of(), new PrintWriter(quick, true),
                new PrintWriter(new StringWriter(), true));
        StringWriter picocli = new StringWriter();
        int picocliCode = new CommandLine(new Main()).setOut(new PrintWriter(picocli, true)).execute(flag);
        assertThat(code).contains(picocliCode);
        assertThat(quick.toString()).startsWith("studyguide ").isEqualTo(picocli.toString());
    }

    @Test
    void leavesTheVersionFlagWithAnythingElseToPicocli() {
        Optional<Integer> code = QuickCommandLine.run(new String[] {"--version", "build"}, Map.of(),
                new PrintWriter(new StringWriter(), true), new PrintWriter(new StringWriter(), true));
        assertThat(code).isEmpty();
    }

    private String[] args(String line) throws IOException {
        for (String folder : new String[] {"content", "templates"}) {
            Files.createDirectories(root.resolve(folder));
        }
        String expanded = line.replace("CONTENT", root.resolve("content").toString())
                .replace("TEMPLATES", root.resolve("templates").toString())
                .replace("OUT", root.resolve("site").toString()).replace("CACHE", root.resolve("cache").toString());
        return expanded.isEmpty() ? new String[0] : expanded.split(" ");
    }

    private static <T> T mixin(CommandSpec command, Class<T> type) {
        return command.mixins().values().stream().map(CommandSpec::userObject).filter(type::isInstance)
                .map(type::cast).findFirst().orElseThrow();
    }
}
