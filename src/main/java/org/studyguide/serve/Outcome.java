package org.studyguide.serve;

import java.time.Duration;
import java.util.List;
import org.studyguide.build.StageTimes;
import org.studyguide.diag.Diagnostic;
import org.studyguide.diag.Severity;
import org.studyguide.publish.SiteUpdate;

/**
 * What one build or rebuild of the preview did.
 *
 * @param diagnostics every problem, sorted
 * @param changes     the site files written and deleted; empty when the build failed
 * @param pages       HTML pages in the site now served
 * @param elapsed     from the start of the rebuild to the last file written
 * @param timings     the time of each stage that ran, for {@code --timings}; empty when only assets were copied
 */
record Outcome(List<Diagnostic> diagnostics, SiteUpdate.Changes changes, int pages, Duration elapsed,
        List<StageTimes.Stage> timings) {

    /** True when the build had no errors, so that its site is the one served. */
    boolean succeeded() {
        return errors() == 0;
    }

    /** How many errors the build found. */
    long errors() {
        return diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).count();
    }
}
