package org.studyguide.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.util.concurrent.CountDownLatch;
import org.studyguide.build.BuildOptions;
import org.studyguide.publish.PublishException;
import org.studyguide.serve.PreviewServer;

/**
 * The {@code serve} command: starts the preview, prints its address and runs until the process is
 * stopped (Ctrl-C), when a shutdown hook closes the server and the watcher.
 */
final class Serve {
    /**
     * Where the preview publishes unless {@code --out} is given: a folder of its own, so that it
     * never replaces what {@code build} made in {@code site/} (the preview renders no PDFs).
     */
    static final String PREVIEW_FOLDER = ".studyguide-preview";
    /** The highest TCP port number. */
    static final int LAST_PORT = 65_535;

    private final PrintWriter out;
    private final PrintWriter err;

    Serve(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    /** Serves until the JVM shuts down; returns an exit code only when the preview cannot start. */
    int run(BuildOptions options, int port, boolean timings) {
        PreviewServer server;
        try {
            server = PreviewServer.start(options, port, timings, out, err);
        } catch (BindException e) {
            err.println("studyguide: cannot listen on 127.0.0.1:" + port + " (" + e.getMessage()
                    + "); choose another --port, or --port 0 for any free one");
            return Main.OUTPUT_FAILED;
        } catch (PublishException | IOException e) {
            err.println("studyguide: " + e.getMessage());
            return Main.OUTPUT_FAILED;
        }
        out.println("Serving " + server.url() + " (press Ctrl-C to stop)");
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(server, stopped), "studyguide-stop"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Main.OK;
    }

    private void stop(PreviewServer server, CountDownLatch stopped) {
        try {
            server.close();
            out.println("Stopped.");
        } catch (IOException e) {
            err.println("studyguide: while stopping: " + e.getMessage());
        } finally {
            out.flush();
            err.flush();
            stopped.countDown();
        }
    }
}
