package org.studyguide.serve;

import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.studyguide.build.BuildOptions;
import org.studyguide.publish.PublishException;

/**
 * The live preview: builds the guide, serves the site on 127.0.0.1 only, watches the content and
 * templates folders, rebuilds what a change affects and tells open pages to reload (or shows them
 * what is wrong). Close it to stop the server, the watcher and every page's event stream.
 */
public final class PreviewServer implements AutoCloseable {
    private final HttpServer http;
    private final ExecutorService threads;
    private final LiveReload live;
    private Watcher watcher;

    private PreviewServer(HttpServer http, ExecutorService threads, LiveReload live) {
        this.http = http;
        this.threads = threads;
        this.live = live;
    }

    /**
     * Builds the guide, then starts serving and watching. A first build with errors still starts
     * the server: it serves what the output folder holds and shows the errors. An output folder
     * that {@code build} would refuse is refused before anything is built or served.
     *
     * @param options where to build from and into (the preview passes {@code pdfs(false)})
     * @param port    the port on 127.0.0.1, or 0 for any free one
     * @throws PublishException when the output folder is refused or cannot be written
     * @throws IOException      when the port cannot be opened or the folders cannot be watched
     */
    public static PreviewServer start(BuildOptions options, int port, PrintWriter out, PrintWriter err)
            throws PublishException, IOException {
        return start(options, port, false, out, err);
    }

    /**
     * As {@link #start(BuildOptions, int, PrintWriter, PrintWriter)}, printing each build's stage
     * times after its line when {@code timings}.
     */
    public static PreviewServer start(BuildOptions options, int port, boolean timings, PrintWriter out,
            PrintWriter err) throws PublishException, IOException {
        Rebuilder rebuilder = new Rebuilder(options);
        rebuilder.requirePublishable();
        LiveReload live = new LiveReload();
        EarlyFetch fetches = new EarlyFetch();
        try {
            Rebuilds rebuilds = new Rebuilds(rebuilder, new Terminal(options.out(), out, err, timings), live, fetches);
            rebuilds.first();
            return serve(options, port, live, fetches, rebuilder.watched(), rebuilds);
        } catch (PublishException | IOException | RuntimeException e) {
            live.close();
            throw e;
        }
    }

    private static PreviewServer serve(BuildOptions options, int port, LiveReload live, EarlyFetch fetches,
            List<Path> watched, Rebuilds rebuilds) throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        ExecutorService threads = Executors.newCachedThreadPool(daemons());
        http.setExecutor(threads);
        PreviewServer server = new PreviewServer(http, threads, live);
        RequestGuard guard = new RequestGuard(http.getAddress().getPort());
        guard(http.createContext("/", new SiteHandler(options.out(), fetches)), guard);
        guard(http.createContext(PreviewAssets.PREFIX, new PreviewAssets(live)), guard);
        http.start();
        try {
            server.watcher = Watcher.start(watched, rebuilds::changed);
        } catch (IOException e) {
            server.close();
            throw e;
        }
        return server;
    }

    private static void guard(HttpContext context, RequestGuard guard) {
        context.getFilters().add(guard);
    }

    /** The address the server listens on (always a loopback address). */
    public InetSocketAddress address() {
        return http.getAddress();
    }

    /** The site's home page, such as {@code http://127.0.0.1:8000/}. */
    public URI url() {
        return URI.create("http://127.0.0.1:" + address().getPort() + "/");
    }

    /** How many pages are listening for reloads. */
    public int listeners() {
        return live.clients();
    }

    /** True while the watcher follows the folders. */
    public boolean watching() {
        return watcher != null && watcher.isRunning();
    }

    /** Stops watching and serving, ending every page's event stream; the port is free afterwards. */
    @Override
    public void close() throws IOException {
        if (watcher != null) {
            watcher.close();
        }
        live.close();
        http.stop(0);
        threads.shutdownNow();
    }

    private static java.util.concurrent.ThreadFactory daemons() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "studyguide-http-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
