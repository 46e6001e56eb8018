package org.studyguide.testing;

import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import org.studyguide.cli.Main;

/**
 * Runs a fuzz target as the command line runs a build: on a thread with {@link Main#STACK_BYTES}
 * of stack. A target that has not finished after {@link #DEADLINE_SECONDS} is a hang and fails.
 */
public final class DeepStack {
    /** How long one input may take. */
    public static final int DEADLINE_SECONDS = 30;

    private DeepStack() {
    }

    /** The target's result; what it threw is thrown again here, so the fuzzer sees it. */
    public static <T> T call(Callable<T> target) throws Exception {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread thread = new Thread(null, () -> {
            try {
                result.set(target.call());
            } catch (Throwable t) {
                thrown.set(t);
            }
        }, "fuzz-target", Main.STACK_BYTES);
        thread.start();
        thread.join(DEADLINE_SECONDS * 1000L);
        if (thread.isAlive()) {
            thread.interrupt();
            throw new AssertionError("no result after " + DEADLINE_SECONDS + " s: the input makes the build hang");
        }
        if (thrown.get() instanceof Exception e) {
            throw e;
        }
        if (thrown.get() instanceof Error e) {
            throw e;
        }
        return result.get();
    }
}
