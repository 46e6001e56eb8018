package org.studyguide.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * Serves the files of the published site, and nothing outside it: a path with a {@code .} or
 * {@code ..} segment (also percent-encoded), a backslash or a NUL is refused with 403, hidden files
 * (such as the {@code .studyguide} marker) are not found, and a symbolic link that leads out of the
 * site is refused. Pages get the live-reload tags; a missing file gets the site's {@code 404.html}.
 */
final class SiteHandler implements HttpHandler {
    private static final String NOT_FOUND_PAGE = "404.html";
    private static final String NO_SITE_YET = "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            + "<title>No site yet</title></head><body><main><h1>No site yet</h1>"
            + "<p>The guide has not been built without errors yet; see the terminal.</p></main></body></html>";

    private final Path root;
    private final EarlyFetch fetches;

    SiteHandler(Path root, EarlyFetch fetches) {
        this.root = root;
        this.fetches = fetches;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        if (!Responses.allowMethod(exchange)) {
            return;
        }
        Optional<String> relative = sitePath(exchange.getRequestURI().getRawPath());
        if (relative.isEmpty()) {
            Responses.text(exchange, 403, "outside the site");
            return;
        }
        if (relative.get().startsWith(".") || relative.get().contains("/.")) {
            notFound(exchange);
            return;
        }
        Path siteRoot = realRoot();
        Path file = siteRoot.resolve(relative.get());
        if (Files.isDirectory(file)) {
            redirectToFolder(exchange, file);
            return;
        }
        try {
            Path real = file.toRealPath();
            if (!real.startsWith(siteRoot)) {
                Responses.text(exchange, 403, "outside the site");
                return;
            }
            if (!Files.isRegularFile(real)) {
                notFound(exchange);
                return;
            }
            serve(exchange, 200, real.getFileName().toString(), Files.readAllBytes(real));
            fetches.served(relative.get());
        } catch (FileSystemException e) {
            // Also a path below a file (index.html/x) or a name too long for the file system.
            notFound(exchange);
        }
    }

    /**
     * The site-relative path of a raw request path, or empty when it could leave the site: a
     * malformed escape, a {@code .} or {@code ..} segment, a backslash or a NUL. A path ending in
     * {@code /} means its {@code index.html}.
     */
    static Optional<String> sitePath(String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/")) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
        if (decoded.contains("\\") || decoded.indexOf('\0') >= 0
                || Arrays.stream(decoded.split("/")).anyMatch(s -> s.equals(".") || s.equals(".."))) {
            return Optional.empty();
        }
        String relative = decoded.replaceFirst("^/+", "");
        return Optional.of(relative.isEmpty() || relative.endsWith("/") ? relative + "index.html" : relative);
    }

    private Path realRoot() throws IOException {
        try {
            return root.toRealPath();
        } catch (NoSuchFileException notBuiltYet) {
            return root.toAbsolutePath().normalize();
        }
    }

    /** A folder without a trailing slash: send the browser to the slashed URL, so relative links work. */
    private void redirectToFolder(HttpExchange exchange, Path folder) throws IOException {
        if (!Files.isRegularFile(folder.resolve("index.html"))) {
            notFound(exchange);
            return;
        }
        exchange.getResponseHeaders().set("Location", exchange.getRequestURI().getRawPath() + "/");
        Responses.text(exchange, 301, "moved");
    }

    private void notFound(HttpExchange exchange) throws IOException {
        Path page = root.resolve(NOT_FOUND_PAGE);
        byte[] body = Files.isRegularFile(page) ? Files.readAllBytes(page) : NO_SITE_YET.getBytes(StandardCharsets.UTF_8);
        serve(exchange, 404, NOT_FOUND_PAGE, body);
    }

    private static void serve(HttpExchange exchange, int status, String name, byte[] body) throws IOException {
        String type = ContentTypes.of(name);
        boolean page = type.startsWith("text/html");
        Responses.send(exchange, status, type, page ? PreviewAssets.withLiveReload(body) : body);
    }
}
