package org.studyguide.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;

/** Named pipes for tests of files that must not be read as text. */
public final class Fifos {
    private Fifos() {
    }

    /** Makes a named pipe (FIFO) at {@code path}; the calling test is skipped where there is no mkfifo. */
    public static void make(Path path) throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
        } catch (IOException noMkfifo) {
            assumeTrue(false, "mkfifo is not available here");
            return;
        }
        assumeTrue(process.waitFor() == 0, "mkfifo failed");
    }
}
