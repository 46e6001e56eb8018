package org.studyguide.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Serves a built site on 127.0.0.1 under a base path (such as {@code /nato-russia-guide/}), the way
 * GitHub project pages do, so browser tests see what readers see. Nothing outside the site is served.
 */
public final class SiteServer implements AutoCloseable {
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8", "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8", "json", "application/json", "csv", "text/csv; charset=utf-8",
            "svg", "image/svg+xml", "png", "image/png", "txt", "text/plain; charset=utf-8",
            "xml", "application/xml");

    private final HttpServer server;
    private final Path root;
    private final String base;

    private SiteServer(Path root, String base) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.base = base;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    /** Serves {@code root} under {@code base}, which starts and ends with {@code /}. */
    public static SiteServer start(Path root, String base) throws IOException {
        return new SiteServer(root, base);
    }

    /** The URL of a page of the site, such as {@code chapters/a.html}. */
    public String url(String page) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + base + page;
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = URLDecoder.decode(exchange.getRequestURI().getRawPath(), StandardCharsets.UTF_8);
        Path file = path.startsWith(base) ? root.resolve(path.substring(base.length())).normalize() : null;
        if (file != null && Files.isDirectory(file)) {
            file = file.resolve("index.html");
        }
        if (file == null || !file.startsWith(root) || !Files.isRegularFile(file)) {
            send(exchange, 404, root.resolve("404.html"));
        } else {
            send(exchange, 200, file);
        }
    }

    private static void send(HttpExchange exchange, int status, Path file) throws IOException {
        byte[] body = Files.exists(file) ? Files.readAllBytes(file) : new byte[0];
        String name = file.getFileName().toString();
        String type = TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream");
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
