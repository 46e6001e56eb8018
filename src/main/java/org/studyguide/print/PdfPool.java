package org.studyguide.print;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.studyguide.model.Paper;

/**
 * Renders PDF documents on as many threads as there are processors, each from the moment it is
 * handed in, so that the long {@code guide.pdf} is laid out while the chapters' documents are still
 * being assembled. On opening, one thread loads what every renderer shares (the fonts, the
 * hyphenation patterns, the layout engine's classes) while the caller assembles the first document.
 */
final class PdfPool implements AutoCloseable {
    private final ExecutorService threads;
    private final Paper paper;

    /**
     * @param language the documents' language tag, whose hyphenation patterns are loaded ahead
     */
    PdfPool(Paper paper, String language) {
        this.paper = paper;
        this.threads = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()),
                task -> {
                    Thread thread = new Thread(task, "pdf");
                    thread.setDaemon(true);
                    return thread;
                });
        threads.submit(() -> PdfRenderer.prepare(language));
    }

    /** Starts rendering a document; {@link #await} gives the result. */
    Future<PdfRenderer.Rendered> render(PdfDocument document) {
        return threads.submit(() -> PdfRenderer.render(document, paper));
    }

    /** Starts any other work of the PDF stage on the same threads. */
    <T> Future<T> submit(Callable<T> work) {
        return threads.submit(work);
    }

    /** The result of {@link #render} or {@link #submit}, once it is there; a failure is thrown again here. */
    static <T> T await(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while rendering PDFs", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("PDF rendering failed", e.getCause());
        }
    }

    /** Stops the threads; a document still being rendered is abandoned (its thread is a daemon). */
    @Override
    public void close() {
        threads.shutdownNow();
    }
}
