package org.studyguide.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs the command line in this JVM, as {@code studyguide ...} would, and keeps what it printed. */
final class ConsoleRun {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** Runs {@link Main} with {@code args} and returns its exit code; output adds to what was kept. */
    int run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            return Main.run(args);
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    /** Everything printed to standard output so far. */
    String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Everything printed to standard error so far. */
    String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /** Forgets what was printed so far. */
    void forget() {
        out.reset();
        err.reset();
    }
}
