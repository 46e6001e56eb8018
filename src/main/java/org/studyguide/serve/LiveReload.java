package org.studyguide.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The server-sent event stream that open pages listen to ({@link #PATH}). After a good rebuild it
 * sends a {@code reload} event whose data lines are the site paths that changed; after a failed one,
 * a {@code problems} event whose data is the diagnostics report. A page that connects while the
 * guide has errors is sent the report at once. A comment line every few seconds finds the pages
 * that have gone away.
 */
final class LiveReload implements HttpHandler, AutoCloseable {
    /** Where pages subscribe. */
    static final String PATH = PreviewAssets.PREFIX + "events";

    private static final long PING_SECONDS = 10;

    private final List<HttpExchange> clients = new CopyOnWriteArrayList<>();
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
            exchange.sendResponseHeaders(405, -1);
            exchange.close();
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        String greeting = "retry: 500\n\n" + problems.map(report -> event("problems", report)).orElse("");
        if (write(exchange, greeting)) {
            clients.add(exchange);
        }
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
        return clients.size();
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
        for (HttpExchange client : clients) {
            if (!write(client, text)) {
                clients.remove(client);
            }
        }
    }

    /** Writes to one page; false when it has gone away, and then the exchange is closed. */
    private static boolean write(HttpExchange exchange, String text) {
        synchronized (exchange) {
            try {
                OutputStream body = exchange.getResponseBody();
                body.write(text.getBytes(StandardCharsets.UTF_8));
                body.flush();
                return true;
            } catch (IOException gone) {
                exchange.close();
                return false;
            }
        }
    }

    /** Ends every stream, so that the server can stop at once. */
    @Override
    public void close() {
        pings.shutdownNow();
        for (HttpExchange client : clients) {
            synchronized (client) {
                client.close();
            }
        }
        clients.clear();
    }
}
