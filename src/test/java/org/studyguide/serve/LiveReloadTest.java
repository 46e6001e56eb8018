package org.studyguide.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The event stream never waits for a page: one that stops reading is dropped, the others get every event. */
class LiveReloadTest {
    /** Events large enough that a page not reading fills the socket's buffers after a few of them. */
    private static final int EVENT_CHARS = 256 * 1024;
    private static final int EVENTS = 60;

    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final LiveReload live = new LiveReload();
    private HttpServer http;

    @BeforeEach
    void start() throws Exception {
        http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        http.setExecutor(threads);
        http.createContext(LiveReload.PATH, live);
        http.start();
    }

    @AfterEach
    void stop() {
        live.close();
        http.stop(0);
        threads.shutdownNow();
    }

    private URI base() {
        return URI.create("http://127.0.0.1:" + http.getAddress().getPort() + "/");
    }

    /** Opens the stream with a tiny receive window and never reads from it. */
    private Socket stuckPage() throws Exception {
        Socket socket = new Socket();
        socket.setReceiveBufferSize(1024);
        socket.connect(http.getAddress());
        OutputStream out = socket.getOutputStream();
        out.write(("GET " + LiveReload.PATH + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return socket;
    }

    private static List<String> changedPaths(int round) {
        List<String> paths = new ArrayList<>(List.of("round-" + round));
        String filler = "chapters/" + "x".repeat(1000) + ".html";
        while (paths.size() * filler.length() < EVENT_CHARS) {
            paths.add(filler);
        }
        return paths;
    }

    @Test
    void aPageThatNeverReadsHoldsUpNeitherTheRebuildsNorTheOtherPages() throws Exception {
        try (Socket stuck = stuckPage(); LiveEvents reading = LiveEvents.subscribe(base())) {
            Waiting.until("both pages listening", () -> live.clients() == 2);

            // Each event is sent, and read by the page that reads, although the other reads nothing
            // (the bound only stops a hang).
            assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
                for (int round = 0; round < EVENTS; round++) {
                    live.reload(changedPaths(round));
                    assertThat(reading.next("reload").data()).first().isEqualTo("round-" + round);
                }
            });
            Waiting.until("the page that does not read is dropped", () -> live.clients() == 1);
        }
    }

    @Test
    void aPageThatKeepsUpStaysSubscribed() throws Exception {
        try (LiveEvents reading = LiveEvents.subscribe(base())) {
            Waiting.until("the page listening", () -> live.clients() == 1);
            for (int round = 0; round < 3; round++) {
                live.reload(List.of("round-" + round, "index.html"));
                assertThat(reading.next("reload").data()).containsExactly("round-" + round, "index.html");
            }
            assertThat(live.clients()).isEqualTo(1);
        }
    }

    @Test
    void morePagesThanTheLimitAreRefused() throws Exception {
        List<Socket> pages = new ArrayList<>();
        try {
            for (int i = 0; i < LiveReload.MAX_PAGES; i++) {
                pages.add(stuckPage());
            }
            Waiting.until("every page listening", () -> live.clients() == LiveReload.MAX_PAGES);
            try (Socket oneMore = stuckPage()) {
                String status = new String(oneMore.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
                assertThat(status).isEqualTo("HTTP/1.1 503");
            }
        } finally {
            for (Socket page : pages) {
                page.close();
            }
        }
    }
}
