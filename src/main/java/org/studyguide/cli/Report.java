package org.studyguide.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import org.studyguide.build.BuildResult;
import org.studyguide.build.StageTimes;
import org.studyguide.diag.DiagnosticPrinter;
import org.studyguide.diag.Severity;

/** Prints a build's problems (to stderr) and its one summary line (to stdout). */
final class Report {
    private Report() {
    }

    /** Prints everything and returns the exit code. */
    static int print(BuildResult result, Path out, String verb, PrintWriter stdout, PrintWriter stderr) {
        if (!result.diagnostics().isEmpty()) {
            stderr.print(new DiagnosticPrinter().format(result.diagnostics()));
            stderr.flush();
        }
        long errors = result.count(Severity.ERROR);
        long warnings = result.count(Severity.WARNING);
        String seconds = String.format(Locale.ROOT, "%.2f s", result.elapsed().toNanos() / 1e9);
        if (errors > 0) {
            stderr.printf("studyguide: %s failed with %d error%s and %d warning%s in %s; %s%n", verb,
                    errors, plural(errors), warnings, plural(warnings), seconds,
                    result.published() ? "" : DiagnosticPrinter.shown(out) + " was left unchanged");
            stderr.flush();
            return Main.CONTENT_ERRORS;
        }
        stdout.printf("%s %s%s (%s, %s, %s%s)%s, %s, in %s%s%n",
                result.published() ? "Built" : "Checked", count(result.pages(), "page"),
                result.pdfs() > 0 ? " and " + count(result.pdfs(), "PDF") : "",
                count(result.chapters(), "chapter"), count(result.terms(), "term"), count(result.quotes(), "quotation"),
                result.verified().map(n -> ", " + n + " verified").orElse(""),
                result.published() ? " into " + DiagnosticPrinter.shown(out) : "", count(warnings, "warning"), seconds,
                result.upToDate() ? " (unchanged since the last build; nothing written)" : "");
        stdout.flush();
        return Main.OK;
    }

    /**
     * Prints each stage's wall time, one {@code name  milliseconds ms} line each, then the total,
     * for {@code --timings}; on standard error so that the summary line on standard output stays one line.
     */
    static void timings(BuildResult result, PrintWriter stderr) {
        stderr.println("Timings:");
        for (StageTimes.Stage stage : result.timings()) {
            stderr.printf("  %-8s %6d ms%s%n", stage.name(), stage.duration().toMillis(),
                    stage.detail().isEmpty() ? "" : "  (" + stage.detail() + ")");
        }
        stderr.printf("  %-8s %6d ms%n", "total", result.elapsed().toMillis());
        stderr.flush();
    }

    private static String count(long count, String noun) {
        return count + " " + noun + plural(count);
    }

    private static String plural(long count) {
        return count == 1 ? "" : "s";
    }
}
