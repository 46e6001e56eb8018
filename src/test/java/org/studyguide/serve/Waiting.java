package org.studyguide.serve;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** Waits for a state the test cannot be told about, by looking again until a generous deadline. */
final class Waiting {
    /** Generous, as the test machine is shared; a test that passes never waits this long. */
    private static final long DEADLINE_SECONDS = 90;

    private Waiting() {
    }

    /** Returns once {@code state} holds; fails the test naming {@code what} if it never does. */
    static void until(String what, BooleanSupplier state) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(DEADLINE_SECONDS);
        while (!state.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("never happened: " + what);
            }
            Thread.sleep(5); // a pause between two looks at the state, not a wait for time to pass
        }
    }
}
