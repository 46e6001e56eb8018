package org.studyguide.serve;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;

/**
 * Answers only requests addressed to the preview server by its loopback name. The server listens
 * on 127.0.0.1 alone, so no other machine can reach it; checking the {@code Host} header also stops
 * a web page from reaching it through a DNS name rebound to 127.0.0.1.
 */
final class LoopbackGuard extends Filter {
    private final Set<String> hosts;

    LoopbackGuard(int port) {
        hosts = Set.of("127.0.0.1:" + port, "localhost:" + port);
    }

    @Override
    public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
        String host = exchange.getRequestHeaders().getFirst("Host");
        if (host == null || !hosts.contains(host.toLowerCase(Locale.ROOT))) {
            Responses.text(exchange, 403, "the preview answers only to 127.0.0.1 and localhost");
            return;
        }
        chain.doFilter(exchange);
    }

    @Override
    public String description() {
        return "refuses requests whose Host is not the loopback address";
    }
}
