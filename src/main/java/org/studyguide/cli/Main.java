package org.studyguide.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.studyguide.parallel.Workers;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Entry point of the packaged jar: {@code java -jar studyguide.jar build|check|serve ...}. */
@Command(name = "studyguide",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Builds a study guide from Markdown and YAML into a static, linked HTML site.",
        subcommands = {CommandLine.HelpCommand.class, NewCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the site was built (warnings may have been printed)",
            "1:the guide has errors; they were printed and site/ was left unchanged",
            "2:the command line was wrong",
            "3:the site could not be written (output folder refused or unwritable) or served",
            "4:internal error in studyguide",
            "5:the guide needs more memory than the Java heap allows; raise it with -Xmx (README)"})
public final class Main implements Runnable {
    /** Success. */
    static final int OK = 0;
    /** The guide has errors. */
    static final int CONTENT_ERRORS = 1;
    /** The output folder could not be written. */
    static final int OUTPUT_FAILED = 3;
    /** A bug in studyguide. */
    static final int INTERNAL_ERROR = 4;
    /** The heap was too small for the guide. */
    static final int OUT_OF_MEMORY = 5;
    /** How the JVM words the first failure of a class's initialisation that ran out of memory. */
    private static final String CLASS_INIT_RAN_OUT = "Exception " + OutOfMemoryError.class.getName();
    /** The commands that may run out of memory on a large guide, named again in the advice. */
    private static final Set<String> COMMANDS = Set.of("build", "check", "serve");

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** The environment variables the commands read. */
    private final Map<String, String> environment;

    /** With the process's environment. */
    Main() {
        this(System.getenv());
    }

    private Main(Map<String, String> environment) {
        this.environment = environment;
    }

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** The stack of the thread that runs a command: as deep as the stage workers' (see {@link Workers#STACK_BYTES}). */
    public static final long STACK_BYTES = Workers.STACK_BYTES;

    /** Runs the command line and returns its exit code (for tests), on a thread with a deep stack. */
    public static int run(String... args) {
        return run(System.getenv(), ConsoleWriters.out(), ConsoleWriters.err(), args);
    }

    /**
     * Runs the command line as {@link #run(String...)} does, with {@code environment} in place of the
     * process's and printing to {@code out} and {@code err} (the build daemon runs its clients' builds so).
     */
    static int run(Map<String, String> environment, PrintWriter out, PrintWriter err, String... args) {
        int[] code = {INTERNAL_ERROR};
        Thread command = new Thread(null, () -> code[0] = execute(environment, out, err, args), "studyguide",
                STACK_BYTES);
        command.start();
        try {
            command.join();
        } catch (InterruptedException e) {
            command.interrupt();
            Thread.currentThread().interrupt();
        }
        return code[0];
    }

    private static int execute(Map<String, String> environment, PrintWriter out, PrintWriter err, String... args) {
        String command = args.length > 0 ? args[0] : "";
        try {
            Optional<Integer> quick = QuickCommandLine.run(args, environment, out, err);
            if (quick.isPresent()) {
                return quick.get();
            }
        } catch (RuntimeException | Error e) {
            return failed(e, err, command);
        }
        CommandLine commandLine = new CommandLine(new Main(environment)).setOut(out).setErr(err);
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> failed(e, cmd.getErr(), cmd.getCommandName()));
        try {
            return commandLine.execute(args);
        } catch (Error e) { // picocli hands only exceptions to the handler above
            return failed(e, commandLine.getErr(), command);
        }
    }

    /**
     * What {@code command} prints when it threw, in one line and without a stack trace, and its exit
     * code; running out of memory names the same command with the option that gives it more.
     */
    static int failed(Throwable e, PrintWriter err, String command) {
        if (ranOutOfMemory(e)) {
            String again = COMMANDS.contains(command) ? command : "build";
            err.println("studyguide: the guide needs more memory than the " + Runtime.getRuntime().maxMemory() / (1 << 20)
                    + " MB this Java may use; the output folder was left as it was. Give it more, for example"
                    + " STUDYGUIDE_JAVA_OPTS=-Xmx2g ./studyguide " + again + " (or java -Xmx2g -jar studyguide.jar "
                    + again + ").");
            return OUT_OF_MEMORY;
        }
        err.println("studyguide: internal error: " + e + " (please report this)");
        return INTERNAL_ERROR;
    }

    /**
     * True when memory ran out, also where that showed only later: a class whose initialisation ran
     * out of memory fails every later use with a {@link NoClassDefFoundError} whose cause the JVM
     * writes as {@code ExceptionInInitializerError: Exception java.lang.OutOfMemoryError ...}.
     */
    private static boolean ranOutOfMemory(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof OutOfMemoryError || cause instanceof ExceptionInInitializerError
                    && String.valueOf(cause.getMessage()).startsWith(CLASS_INIT_RAN_OUT)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: use 'build', 'check' or 'serve'");
    }

    /** {@code build}: builds the guide and publishes it into the output folder when it has no errors. */
    @Command(name = "build", mixinStandardHelpOptions = true,
            description = "Build the site; on any error print every problem and leave the output folder unchanged.")
    int build(@Mixin GuideOptions options, @Mixin TimingsOption timings) {
        CommandLine cli = spec.commandLine();
        return BuildCommand.build(options.toBuildOptions(), environment, timings.timings, cli.getOut(), cli.getErr());
    }

    /** {@code check}: everything {@code build} does except writing the site. */
    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Load, link, render and check the guide without writing anything.")
    int check(@Mixin GuideOptions options, @Mixin TimingsOption timings) {
        CommandLine cli = spec.commandLine();
        return BuildCommand.check(options.toBuildOptions(), timings.timings, cli.getOut(), cli.getErr());
    }

    /** {@code serve}: the live preview, until Ctrl-C. */
    @Command(name = "serve", mixinStandardHelpOptions = true,
            description = "Build, serve the site on 127.0.0.1, rebuild on every change and reload open pages.")
    int serve(@Mixin GuideOptions options, @Mixin TimingsOption timings,
            @Option(names = "--port", paramLabel = "PORT", defaultValue = "8000",
                    description = "Port on 127.0.0.1 (default: ${DEFAULT-VALUE}; 0 picks a free one).") int port) {
        CommandLine cli = spec.commandLine();
        if (port < 0 || port > Serve.LAST_PORT) {
            cli.getErr().println("studyguide: --port must be a number from 0 to " + Serve.LAST_PORT
                    + " (0 picks a free port), not " + port);
            return CommandLine.ExitCode.USAGE;
        }
        return new Serve(cli.getOut(), cli.getErr())
                .run(options.toBuildOptions(Path.of(Serve.PREVIEW_FOLDER)).pdfs(false), port, timings.timings);
    }

    /** The version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {line()};
        }

        /** The one line {@code --version} prints. */
        static String line() {
            String version = Main.class.getPackage().getImplementationVersion();
            return "studyguide " + (version == null ? "(development build)" : version);
        }
    }
}
