package org.studyguide.parallel;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Runs a stage's independent pieces of work (files to read, texts to parse, pages to render) on
 * all cores: the calling thread takes the first piece (callers put the largest first) and then,
 * with helper threads, the others in turn, and the results come back in the order of the input,
 * so that the output does not depend on which thread did what.
 * The helpers have the deep stack of the thread that runs a command ({@link #STACK_BYTES}): the
 * parsers recurse, and an input within the limits must not overflow a helper's stack either.
 * Work started from inside other work is shared out the same way: a thread waits only for helpers
 * that took part of its own work, never for one that has not started, so nesting cannot deadlock.
 */
public final class Workers {
    /**
     * The stack of every thread that runs a build's work. The parsers the build uses recurse: Flexmark's
     * regular expressions once per character of a line, the YAML composer once per level. The
     * input limits keep that recursion far below what this stack holds (the JVM's default of
     * 1 MB is not), so that no input within them crashes the build.
     */
    public static final long STACK_BYTES = 64L * 1024 * 1024;

    private Workers() {
    }

    /**
     * The helpers, started on first use: one fewer than the cores, as the calling thread works too.
     * An idle helper ends after {@link #IDLE_MILLIS}, so that none outlives the build: when the build
     * runs inside Maven ({@code exec:java}), Maven waits for the build's threads to end.
     */
    private static final class Pool {
        static final int HELPERS = Math.max(0, Runtime.getRuntime().availableProcessors() - 1);
        static final long IDLE_MILLIS = 250;
        static final ExecutorService HELPER_THREADS = HELPERS == 0 ? null : helperThreads();

        private static ExecutorService helperThreads() {
            ThreadPoolExecutor pool = new ThreadPoolExecutor(HELPERS, HELPERS, IDLE_MILLIS, TimeUnit.MILLISECONDS,
                    new LinkedBlockingQueue<>(), task -> {
                        Thread thread = new Thread(null, task, "studyguide-worker", STACK_BYTES);
                        thread.setDaemon(true);
                        return thread;
                    });
            pool.allowCoreThreadTimeOut(true);
            return pool;
        }
    }

    /** {@code work} applied to every item, in parallel; the results in the items' order. */
    public static <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> work) {
        List<R> results = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            results.add(null);
        }
        run(items.size(), i -> results.set(i, work.apply(items.get(i))));
        return results;
    }

    /** Runs every task, in parallel, and returns when all are done. */
    public static void runAll(List<Runnable> tasks) {
        run(tasks.size(), i -> tasks.get(i).run());
    }

    /** A helper's turn: claimed by the helper when it starts, or by the caller to keep it from starting. */
    private record Helper(AtomicBoolean claimed, Future<?> done) {
    }

    private interface Step {
        void run(int index);
    }

    /**
     * Runs steps 0 to {@code count - 1}, each once, on this thread and the helpers. A failure is
     * rethrown here once every step has ended (the first one, as it was thrown).
     */
    private static void run(int count, Step step) {
        if (count <= 1 || Pool.HELPERS == 0) {
            for (int i = 0; i < count; i++) {
                step.run(i);
            }
            return;
        }
        // Step 0 (the largest, as the callers order them) is this thread's: were a helper to take
        // it, work it starts would queue behind that helper, and this thread would only wait.
        AtomicInteger next = new AtomicInteger(1);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Step guarded = i -> {
            try {
                step.run(i);
            } catch (RuntimeException | Error e) {
                failure.compareAndSet(null, e);
            }
        };
        Runnable taker = () -> {
            for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                guarded.run(i);
            }
        };
        List<Helper> helpers = new ArrayList<>();
        for (int h = 0; h < Math.min(Pool.HELPERS, count - 1); h++) {
            AtomicBoolean claimed = new AtomicBoolean();
            Future<?> done = Pool.HELPER_THREADS.submit(() -> {
                if (claimed.compareAndSet(false, true)) {
                    taker.run();
                }
            });
            helpers.add(new Helper(claimed, done));
        }
        guarded.run(0);
        taker.run();
        for (Helper helper : helpers) {
            // A helper that has not started by now has nothing left to do; one that has is finishing its step.
            if (helper.claimed().compareAndSet(false, true)) {
                // Its turn may wait in the queue until a busy helper is free (a helper rendering the
                // chapter pages is busy till the last), holding this work's steps and all they hold:
                // cancelled, the turn lets them go at once.
                helper.done().cancel(false);
            } else {
                awaitQuietly(helper.done());
            }
        }
        Throwable thrown = failure.get();
        if (thrown instanceof RuntimeException e) {
            throw e;
        }
        if (thrown instanceof Error e) {
            throw e;
        }
    }

    private static void awaitQuietly(Future<?> helper) {
        boolean interrupted = false;
        while (true) {
            try {
                helper.get();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            } catch (ExecutionException e) {
                break;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
