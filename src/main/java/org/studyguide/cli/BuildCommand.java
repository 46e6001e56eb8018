package org.studyguide.cli;

import java.io.PrintWriter;
import java.util.Map;
import org.studyguide.build.BuildOptions;
import org.studyguide.build.BuildResult;
import org.studyguide.build.GuideBuild;
import org.studyguide.build.UpToDateBuild;
import org.studyguide.publish.PublishException;

/**
 * {@code build} and {@code check} once their options are read, by picocli or by
 * {@link QuickCommandLine}: runs the build and prints its report.
 */
final class BuildCommand {
    private BuildCommand() {
    }

    /**
     * Builds the guide, publishes it when it has no errors, and returns the exit code; does nothing
     * but report the last build again when nothing changed since (see {@link UpToDateBuild}), unless
     * {@code environment} asks for a full build.
     */
    static int build(BuildOptions options, Map<String, String> environment, boolean timings, PrintWriter out,
            PrintWriter err) {
        try {
            BuildResult result = UpToDateBuild.build(options, UpToDateBuild.mayBeSkipped(environment));
            return report(result, options, "build", timings, out, err);
        } catch (PublishException e) {
            err.println("studyguide: " + e.getMessage());
            return Main.OUTPUT_FAILED;
        }
    }

    /** Everything {@link #build} does except writing the site. */
    static int check(BuildOptions options, boolean timings, PrintWriter out, PrintWriter err) {
        return report(GuideBuild.check(options), options, "check", timings, out, err);
    }

    private static int report(BuildResult result, BuildOptions options, String verb, boolean timings,
            PrintWriter out, PrintWriter err) {
        int code = Report.print(result, options.out(), verb, out, err);
        if (timings) {
            Report.timings(result, err);
        }
        return code;
    }
}
