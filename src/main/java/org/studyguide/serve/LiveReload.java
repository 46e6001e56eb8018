package org.studyguide.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The server-sent event stream that open pages listen to ({@link #PATH}). After a good rebuild it
 * sends a {@code reload} event whose data lines are the site paths that changed; after a failed one,
 * a {@code problems} event whose data is the diagnostics report. A page that connects while the
 * guide has errors is sent the report at once. A comment line every few seconds finds the pages
 * that have gone away. Sending never waits for a page: each has its own {@link EventStream}, and at
 * most {@link #MAX_PAGES} may listen at once.
 */
final class LiveReload implements HttpHandler, AutoCloseable {
    /** Where pages subscribe. */
    static final String PATH = PreviewAssets.PREFIX + "events";
    /** More listening pages than this are refused (503), so that connections cannot exhaust threads. */
    static final int MAX_PAGES = 64;

    private static final long PING_SECONDS = 10;

    private final Set<EventStream> pages = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService pings = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "studyguide-live-ping");
        thread.setDaemon(true);
        return thread;
    });
    private volatile Optional<String> problems = Optional.empty();

    LiveReload() {
        pings.scheduleWithFixedDelay(() -> send(": ping\n\n"), PING_SECONDS, PING_SECONDS, TimeUnit.SECONDS);
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        if (!"GET".equals(exchange.getRequestMethod())) {
            exchange.getResponseHeaders().set("Allow", "GET");
            Responses.text(exchange, 405, "only GET is allowed");
            return;
        }
        if (pages.size() >= MAX_PAGES) {
            Responses.text(exchange, 503, "too many pages are listening; close some");
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        EventStream page = new EventStream(exchange, pages::remove);
        page.offer("retry: 500\n\n" + problems.map(report -> event("problems", report)).orElse(""));
        pages.add(page);
        try {
            exchange.sendResponseHeaders(200, 0);
        } catch (IOException gone) {
            pages.remove(page);
            throw gone;
        }
        page.start();
    }

    /** Tells every page that the site was rebuilt and which files changed. */
    void reload(List<String> changedPaths) {
        problems = Optional.empty();
        send(event("reload", String.join("\n", changedPaths)));
    }

    /** Tells every page, and every page that connects until the next good rebuild, what is wrong. */
    void problems(String report) {
        problems = Optional.of(report);
        send(event("problems", report));
    }

    /** How many pages are listening. */
    int clients() {
        return pages.size();
    }

    private static String event(String name, String data) {
        StringBuilder text = new StringBuilder("event: ").append(name).append('\n');
        data.lines().forEach(line -> text.append("data: ").append(line).append('\n'));
        if (data.isEmpty()) {
            text.append("data:\n");
        }
        return text.append('\n').toString();
    }

    private void send(String text) {
        pages.forEach(page -> page.offer(text));
    }

    /** Ends every stream, so that the server can stop at once. */
    @Override
    public void close() {
        pings.shutdownNow();
        pages.forEach(EventStream::end);
    }
}
