package org.studyguide.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * One page's event stream. Events wait in a small queue and are written by the stream's own thread,
 * so a page that stops reading never holds up a rebuild or the other pages: when its queue is full
 * (in events or in characters) it is dropped, and a browser's page reconnects by itself. Ending a
 * stream interrupts its writer, which closes the connection even in the middle of a write that the
 * page is not reading.
 */
final class EventStream {
    /** Events a page may fall behind by before it is dropped. */
    static final int QUEUE_LENGTH = 32;
    /** Characters a page may fall behind by before it is dropped (one event of any size always fits). */
    static final int QUEUE_CHARS = 1 << 20;

    private final HttpExchange exchange;
    private final BlockingQueue<String> queue = new ArrayBlockingQueue<>(QUEUE_LENGTH);
    private final Consumer<EventStream> onEnd;
    private final Thread writer;
    private final AtomicInteger queuedChars = new AtomicInteger();
    private volatile boolean open = true;

    /**
     * @param exchange the page's request, whose response headers have been sent
     * @param onEnd    called once, on the writer's thread, when the stream has ended
     */
    EventStream(HttpExchange exchange, Consumer<EventStream> onEnd) {
        this.exchange = exchange;
        this.onEnd = onEnd;
        this.writer = new Thread(this::drain, "studyguide-live-page");
        writer.setDaemon(true);
    }

    /** Starts writing queued events. */
    void start() {
        writer.start();
    }

    /** Queues an event without waiting; a page too far behind is dropped instead. */
    synchronized void offer(String text) {
        if (!open) {
            return;
        }
        boolean fits = queue.isEmpty() || queuedChars.get() + text.length() <= QUEUE_CHARS;
        if (fits && queue.offer(text)) {
            queuedChars.addAndGet(text.length());
        } else {
            end();
        }
    }

    /** Ends the stream and closes the connection. */
    void end() {
        open = false;
        writer.interrupt();
    }

    private void drain() {
        try {
            OutputStream body = exchange.getResponseBody();
            while (open) {
                String text = queue.take();
                queuedChars.addAndGet(-text.length());
                body.write(text.getBytes(StandardCharsets.UTF_8));
                body.flush();
            }
        } catch (IOException | InterruptedException gone) {
            // The page went away or was dropped; the connection is closed below.
        } finally {
            open = false;
            // Interrupted, any write in closing the exchange closes the socket at once rather than
            // waiting for a page that does not read.
            Thread.currentThread().interrupt();
            exchange.close();
            onEnd.accept(this);
        }
    }
}
