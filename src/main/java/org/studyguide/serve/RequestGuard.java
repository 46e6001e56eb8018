package org.studyguide.serve;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * Answers only requests addressed to the preview server by its loopback name. The server listens
 * on 127.0.0.1 alone, so no other machine can reach it; checking the {@code Host} header also stops
 * a web page from reaching it through a DNS name rebound to 127.0.0.1. A request line naming
 * another host ({@code GET http://example.org/}, as sent to a proxy) is refused (400), and a target
 * longer than {@link #MAX_TARGET} characters gets 414.
 */
final class RequestGuard extends Filter {
    /** The longest request target answered; no site path comes near it. */
    static final int MAX_TARGET = 2048;

    private final Set<String> hosts;

    RequestGuard(int port) {
        hosts = Set.of("127.0.0.1:" + port, "localhost:" + port);
    }

    @Override
    public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
        URI target = exchange.getRequestURI();
        if (target.toString().length() > MAX_TARGET) {
            Responses.text(exchange, 414, "the address is too long");
            return;
        }
        if (target.getScheme() != null || target.getRawAuthority() != null) {
            if (!"http".equalsIgnoreCase(target.getScheme()) || !isLoopback(target.getRawAuthority())) {
                Responses.text(exchange, 400, "the preview serves only its own pages, not other hosts");
                return;
            }
        }
        if (!isLoopback(exchange.getRequestHeaders().getFirst("Host"))) {
            Responses.text(exchange, 403, "the preview answers only to 127.0.0.1 and localhost");
            return;
        }
        chain.doFilter(exchange);
    }

    private boolean isLoopback(String host) {
        return host != null && hosts.contains(host.toLowerCase(Locale.ROOT));
    }

    @Override
    public String description() {
        return "refuses requests for other hosts, by Host header or request line, and overlong addresses";
    }
}
