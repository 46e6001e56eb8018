package org.studyguide.cli;

import picocli.CommandLine;

/**
 * Entry point for {@code ./mvnw package} (exec-maven-plugin's {@code java} goal): runs the command
 * line inside Maven's JVM. A failed build has already printed its diagnostics, so a non-zero exit
 * becomes an exception with one plain sentence, which Maven reports on its one failure line
 * without a stack trace (a forked {@code java} process would make the plugin log one).
 */
public final class MavenEntry {
    private MavenEntry() {
    }

    /** Runs {@code studyguide ARGS}; throws when it did not succeed. */
    public static void main(String[] args) {
        int code = Main.run(args);
        if (code != Main.OK) {
            throw new GuideNotBuilt(code);
        }
    }

    /** What Maven prints on its failure line: why, in words, with studyguide's exit code. */
    static final class GuideNotBuilt extends RuntimeException {
        private static final long serialVersionUID = 1L;

        GuideNotBuilt(int code) {
            super(reason(code) + " (studyguide exit code " + code + ")", null, false, false);
        }

        private static String reason(int code) {
            return switch (code) {
                case Main.CONTENT_ERRORS -> "the guide has errors, listed above; the site was left unchanged";
                case CommandLine.ExitCode.USAGE -> "the command line given to studyguide was wrong (see above)";
                case Main.OUTPUT_FAILED -> "the site could not be written (see above)";
                default -> "studyguide failed (see above)";
            };
        }
    }
}
