package org.studyguide.build;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.studyguide.diag.Diagnostic;
import org.studyguide.diag.Severity;

/**
 * What a build did.
 *
 * @param diagnostics every problem, sorted
 * @param pages       HTML pages rendered
 * @param pdfs        PDFs rendered
 * @param chapters    chapters in the guide
 * @param terms       glossary terms
 * @param quotes      quotations
 * @param verified    quotations verified against their readings' texts; empty when no texts were given
 * @param published   true when the site was written to the output folder
 * @param elapsed     wall time of the build
 * @param timings     the wall time of each stage that ran, in order
 */
public record BuildResult(List<Diagnostic> diagnostics, int pages, int pdfs, int chapters, int terms, int quotes,
        Optional<Integer> verified, boolean published, Duration elapsed, List<StageTimes.Stage> timings) {

    /** True when the build found no errors. */
    public boolean succeeded() {
        return count(Severity.ERROR) == 0;
    }

    /** True when nothing had changed since the last build, which was reported again instead (see {@link UpToDateBuild}). */
    public boolean upToDate() {
        return timings.stream().anyMatch(stage -> stage.name().equals(UpToDateBuild.SKIPPED_STAGE));
    }

    /** How many problems of one severity the build found. */
    public long count(Severity severity) {
        return diagnostics.stream().filter(d -> d.severity() == severity).count();
    }
}
