package org.studyguide.serve;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.studyguide.diag.DiagnosticPrinter;

/**
 * What the preview prints: the same diagnostics report as {@code build} on standard error, and one
 * line per rebuild on standard output saying what changed and how long it took; with {@code --timings}
 * a second line with each stage's time.
 */
final class Terminal {
    private static final int PATHS_SHOWN = 4;

    private final Path out;
    private final PrintWriter stdout;
    private final PrintWriter stderr;
    private final boolean timings;

    Terminal(Path out, PrintWriter stdout, PrintWriter stderr, boolean timings) {
        this.out = out;
        this.stdout = stdout;
        this.stderr = stderr;
        this.timings = timings;
    }

    /** The diagnostics of a build, formatted as {@code build} prints them. */
    String report(Outcome outcome) {
        return new DiagnosticPrinter().format(outcome.diagnostics());
    }

    /** After the first build. */
    void built(Outcome outcome) {
        problems(outcome);
        if (outcome.succeeded()) {
            stdout.printf("Built %d pages into %s in %d ms%n", outcome.pages(), DiagnosticPrinter.shown(out),
                    outcome.elapsed().toMillis());
            timings(outcome);
            stdout.flush();
        }
    }

    /** After a rebuild caused by changes to {@code paths}. */
    void rebuilt(Outcome outcome, Set<Path> paths) {
        problems(outcome);
        if (outcome.succeeded()) {
            List<String> written = outcome.changes().written();
            stdout.printf("Rebuilt after %s in %d ms: %s%n", shown(paths), outcome.elapsed().toMillis(),
                    written.isEmpty() && outcome.changes().deleted().isEmpty() ? "no file changed"
                            : written.size() + " written (" + shown(written) + ")"
                                    + (outcome.changes().deleted().isEmpty() ? ""
                                            : ", " + outcome.changes().deleted().size() + " deleted"));
            timings(outcome);
            stdout.flush();
        }
    }

    /** The stages' times on one line, such as {@code   stages: load 12 ms, link 4 ms, ...}, with --timings. */
    private void timings(Outcome outcome) {
        if (timings && !outcome.timings().isEmpty()) {
            stdout.println("  stages: " + outcome.timings().stream()
                    .map(stage -> stage.name() + " " + stage.duration().toMillis() + " ms")
                    .collect(Collectors.joining(", ")));
        }
    }

    /** A rebuild that could not run to the end. */
    void failed(String message) {
        stderr.println("studyguide: " + message);
        stderr.flush();
    }

    private void problems(Outcome outcome) {
        if (!outcome.diagnostics().isEmpty()) {
            stderr.print(report(outcome));
        }
        if (!outcome.succeeded()) {
            stderr.printf("studyguide: %d error%s; still serving the last good site from %s%n", outcome.errors(),
                    outcome.errors() == 1 ? "" : "s", DiagnosticPrinter.shown(out));
        }
        stderr.flush();
    }

    /** Paths as the terminal shows them: relative where possible, sorted, the first few only. */
    static String shown(Set<Path> paths) {
        return shown(paths.stream().map(DiagnosticPrinter::shown).sorted().toList());
    }

    private static String shown(List<String> items) {
        String first = items.stream().limit(PATHS_SHOWN).collect(Collectors.joining(", "));
        return items.size() > PATHS_SHOWN ? first + " and " + (items.size() - PATHS_SHOWN) + " more" : first;
    }
}
