package org.studyguide.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the packaged jar: {@code java -jar studyguide.jar build|check ...}. */
@Command(name = "studyguide",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Builds a study guide from Markdown and YAML into a static, linked HTML site.",
        subcommands = {BuildCommand.class, CheckCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the site was built (warnings may have been printed)",
            "1:the guide has errors; they were printed and site/ was left unchanged",
            "2:the command line was wrong",
            "3:the site could not be written (output folder refused or unwritable)",
            "4:internal error in studyguide"})
public final class Main implements Runnable {
    /** Success. */
    static final int OK = 0;
    /** The guide has errors. */
    static final int CONTENT_ERRORS = 1;
    /** The output folder could not be written. */
    static final int OUTPUT_FAILED = 3;
    /** A bug in studyguide. */
    static final int INTERNAL_ERROR = 4;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code (for tests). */
    public static int run(String... args) {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("studyguide: internal error: " + e + " (please report this)");
            return INTERNAL_ERROR;
        });
        return commandLine.execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: use 'build' or 'check'");
    }

    /** The version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Main.class.getPackage().getImplementationVersion();
            return new String[] {"studyguide " + (version == null ? "(development build)" : version)};
        }
    }
}
