package org.studyguide.cli;

import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.studyguide.build.BuildOptions;

/**
 * The everyday command lines, {@code build} or {@code check} with well-formed options, and
 * {@code --version} alone, read without picocli: setting picocli up cost every build 0.15 to 0.3 s
 * of one core, before the build began (its class files are too old for the JVM's class caches to
 * keep, and it reads our annotations by reflection). Everything else goes to picocli, which reads it and words every error and all help:
 * other commands, {@code --help}, an unknown, repeated or
 * {@code =}-valued flag, a missing value, a value that starts with {@code -} or {@code @} or holds
 * {@code =} or a quote, and options that do not fit together. So this reader accepts only what
 * picocli would accept, with the same meaning ({@code QuickCommandLineTest} compares the two).
 */
final class QuickCommandLine {
    private static final Set<String> COMMANDS = Set.of("build", "check");
    private static final Set<String> FOLDER_OPTIONS = Set.of("--content", "--templates", "--out", "--sources", "--cache");
    private static final Set<String> FLAGS = Set.of("--no-cache", "--timings");
    /** The version flags of picocli's standard help options. */
    private static final Set<String> VERSION = Set.of("--version", "-V");

    private QuickCommandLine() {
    }

    /**
     * A command line read.
     *
     * @param command {@code build} or {@code check}
     * @param options the guide options, as picocli would have filled them
     * @param timings whether {@code --timings} was given
     */
    record Parsed(String command, GuideOptions options, boolean timings) {
    }

    /** Runs the command when this reader takes it, and returns its exit code; empty to leave it to picocli. */
    static Optional<Integer> run(String[] args, Map<String, String> environment, PrintWriter out, PrintWriter err) {
        if (args.length == 1 && VERSION.contains(args[0])) {
            out.println(Main.Version.line());
            return Optional.of(Main.OK);
        }
        Optional<Parsed> parsed = parse(args);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        BuildOptions options;
        try {
            options = parsed.get().options().buildOptions(Path.of(GuideOptions.DEFAULT_OUT));
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // picocli reports it, as a usage error
        }
        boolean timings = parsed.get().timings();
        return Optional.of(parsed.get().command().equals("build") ? BuildCommand.build(options, environment, timings, out, err)
                : BuildCommand.check(options, timings, out, err));
    }

    /** The command line read, or empty when it is not one this reader takes. */
    static Optional<Parsed> parse(String... args) {
        if (args.length == 0 || !COMMANDS.contains(args[0])) {
            return Optional.empty();
        }
        Map<String, String> given = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            int equals = args[i].indexOf('=');
            String name = equals < 0 ? args[i] : args[i].substring(0, equals);
            String value;
            if (FLAGS.contains(name) && equals < 0) {
                value = "";
            } else if (FOLDER_OPTIONS.contains(name)) {
                value = equals >= 0 ? args[i].substring(equals + 1) : ++i < args.length ? args[i] : null;
                if (!plain(value)) {
                    return Optional.empty();
                }
            } else {
                return Optional.empty();
            }
            if (given.putIfAbsent(name, value) != null) {
                return Optional.empty();
            }
        }
        try {
            return Optional.of(new Parsed(args[0], options(given), given.containsKey("--timings")));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    /** Whether picocli would take {@code value} as it is, a folder's name. */
    private static boolean plain(String value) {
        return value != null && !value.isEmpty() && !value.startsWith("-") && !value.startsWith("@")
                && value.indexOf('=') < 0 && value.indexOf('"') < 0 && value.indexOf('\'') < 0;
    }

    private static GuideOptions options(Map<String, String> given) {
        GuideOptions options = new GuideOptions();
        options.content = Path.of(given.getOrDefault("--content", GuideOptions.DEFAULT_CONTENT));
        options.templates = folder(given, "--templates");
        options.out = folder(given, "--out");
        options.sources = folder(given, "--sources");
        options.cache = folder(given, "--cache");
        options.noCache = given.containsKey("--no-cache");
        return options;
    }

    private static Path folder(Map<String, String> given, String option) {
        String value = given.get(option);
        return value == null ? null : Path.of(value);
    }
}
