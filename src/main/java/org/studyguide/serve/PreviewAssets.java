package org.studyguide.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The preview server's own files under {@link #PREFIX}: the live-reload script and the overlay's
 * stylesheet. They are served as files rather than inlined because the pages' Content-Security-Policy
 * allows only same-origin scripts and styles. They are never written into the site.
 */
final class PreviewAssets implements HttpHandler {
    /** The URL prefix of everything the preview server adds; no site file can be named so. */
    static final String PREFIX = "/__studyguide/";

    /** The tags added before {@code </head>} of every page the preview serves. */
    static final String HEAD_TAGS = "<link rel=\"stylesheet\" href=\"" + PREFIX + "live.css\">"
            + "<script src=\"" + PREFIX + "live.js\" defer></script>";

    private static final Map<String, String> FILES = Map.of(
            "live.js", "text/javascript; charset=utf-8",
            "live.css", "text/css; charset=utf-8");

    private final Map<String, byte[]> bytes = Map.of("live.js", resource("live.js"), "live.css", resource("live.css"));
    private final LiveReload live;

    PreviewAssets(LiveReload live) {
        this.live = live;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        if (path.equals(LiveReload.PATH)) {
            live.handle(exchange);
            return;
        }
        String name = path.substring(PREFIX.length());
        if (!FILES.containsKey(name)) {
            Responses.text(exchange, 404, "not found");
            return;
        }
        if (!Responses.allowMethod(exchange)) {
            return;
        }
        Responses.send(exchange, 200, FILES.get(name), bytes.get(name));
    }

    /** Adds the live-reload tags to a page. */
    static byte[] withLiveReload(byte[] page) {
        String html = new String(page, StandardCharsets.UTF_8);
        int head = html.indexOf("</head>");
        String tagged = head < 0 ? HEAD_TAGS + html : html.substring(0, head) + HEAD_TAGS + html.substring(head);
        return tagged.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] resource(String name) {
        try (InputStream in = PreviewAssets.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
