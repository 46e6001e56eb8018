package org.studyguide.parallel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.studyguide.testing.DeepStack;

class WorkersTest {
    private static final List<Integer> NUMBERS = IntStream.range(0, 500).boxed().toList();

    @Test
    void resultsComeInTheOrderOfTheItems() {
        assertEquals(NUMBERS.stream().map(n -> "#" + n).toList(), Workers.map(NUMBERS, n -> "#" + n));
    }

    @Test
    void everyTaskHasRunOnceWhenRunAllReturns() {
        AtomicInteger[] runs = IntStream.range(0, 200).mapToObj(i -> new AtomicInteger()).toArray(AtomicInteger[]::new);
        List<Runnable> tasks = new ArrayList<>();
        for (AtomicInteger counter : runs) {
            tasks.add(() -> {
                // Enough work that helpers are still busy when the caller runs out of tasks.
                IntStream.range(0, 2000).mapToObj(Integer::toString).reduce("", (a, b) -> a.length() > 50 ? b : a + b);
                counter.incrementAndGet();
            });
        }
        Workers.runAll(tasks);
        for (AtomicInteger counter : runs) {
            assertEquals(1, counter.get());
        }
    }

    /** Maven's exec:java waits for a build's threads to end; idle helpers must not keep it waiting. */
    @Test
    void idleHelpersEnd() {
        Workers.map(NUMBERS, n -> n + 1);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (helpersAlive() && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertFalse(helpersAlive(), "a helper thread outlived its work");
    }

    private static boolean helpersAlive() {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.getName().equals("studyguide-worker") && t.isAlive());
    }

    /** The first (largest) item is the caller's, so that work it starts is shared with the helpers, not queued behind them. */
    @Test
    void theFirstItemRunsOnTheCallingThread() {
        for (int run = 0; run < 20; run++) {
            List<Thread> threads = Workers.map(NUMBERS.subList(0, 4), n -> Thread.currentThread());
            assertSame(Thread.currentThread(), threads.get(0));
        }
    }

    @Test
    void nestedWorkFinishes() {
        List<List<Integer>> nested = Workers.map(NUMBERS.subList(0, 20), n -> Workers.map(NUMBERS.subList(0, n), m -> m * 2));
        for (int n = 0; n < 20; n++) {
            assertEquals(n, nested.get(n).size());
        }
    }

    @Test
    void aFailureReachesTheCallerAfterTheOtherItems() {
        IllegalStateException thrown = new IllegalStateException("item 7");
        Set<Integer> done = ConcurrentHashMap.newKeySet();
        IllegalStateException caught = assertThrows(IllegalStateException.class, () -> Workers.map(NUMBERS, n -> {
            if (n == 7) {
                throw thrown;
            }
            done.add(n);
            return n;
        }));
        assertSame(thrown, caught);
        assertEquals(NUMBERS.size() - 1, done.size());
    }

    @Test
    void helpersHaveTheDeepStackOfTheCommandThread() throws Exception {
        // A recursion 100,000 frames deep overflows a default 1 MB stack, not the 64 MB one of the
        // command's thread (which takes items too) and of the helpers.
        List<Integer> depths = DeepStack.call(() -> Workers.map(List.of(100_000, 100_000, 100_000, 100_000),
                WorkersTest::depth));
        assertTrue(depths.stream().allMatch(d -> d == 100_000));
    }

    private static int depth(int n) {
        return n == 0 ? 0 : 1 + depth(n - 1);
    }
}
