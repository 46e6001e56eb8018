package org.studyguide.serve;

import static org.junit.jupiter.api.Assertions.fail;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** A test's subscription to the preview's server-sent events, parsed into events as they arrive. */
final class LiveEvents implements AutoCloseable {
    /** How long a test waits for an event before failing; generous, as the test machine is shared. */
    private static final long WAIT_SECONDS = 90;

    /** One event: its name and its data lines. */
    record Event(String name, List<String> data) {
        String text() {
            return String.join("\n", data);
        }
    }

    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final Thread reader;
    private final Stream<String> lines;

    private LiveEvents(Stream<String> lines) {
        this.lines = lines;
        this.reader = new Thread(this::read, "test-live-events");
        reader.setDaemon(true);
        reader.start();
    }

    /** Subscribes to the server at {@code base} and returns once the stream is open. */
    static LiveEvents subscribe(URI base) throws Exception {
        HttpResponse<Stream<String>> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(base.resolve("/__studyguide/events")).build(),
                HttpResponse.BodyHandlers.ofLines());
        if (response.statusCode() != 200
                || !response.headers().firstValue("content-type").orElse("").startsWith("text/event-stream")) {
            fail("no event stream: " + response.statusCode() + " " + response.headers().map());
        }
        return new LiveEvents(response.body());
    }

    private void read() {
        try {
            String name = "message";
            List<String> data = new ArrayList<>();
            for (String line : (Iterable<String>) lines::iterator) {
                if (line.isEmpty()) {
                    if (!data.isEmpty()) {
                        events.add(new Event(name, List.copyOf(data)));
                    }
                    name = "message";
                    data.clear();
                } else if (line.startsWith("event: ")) {
                    name = line.substring("event: ".length());
                } else if (line.startsWith("data:")) {
                    data.add(line.substring("data:".length()).replaceFirst("^ ", ""));
                }
            }
        } catch (RuntimeException closed) {
            events.add(new Event("closed", List.of()));
        }
        events.add(new Event("closed", List.of()));
    }

    /** The next event named {@code name} for which {@code test} holds, skipping others. */
    Event next(String name, Predicate<Event> test) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (System.nanoTime() < deadline) {
            Event event = events.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (event != null && event.name().equals(name) && test.test(event)) {
                return event;
            }
        }
        return fail("no '" + name + "' event came");
    }

    /** The next event named {@code name}. */
    Event next(String name) throws InterruptedException {
        return next(name, event -> true);
    }

    @Override
    public void close() {
        lines.close();
        reader.interrupt();
    }
}
