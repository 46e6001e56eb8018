package org.studyguide.parallel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
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

    /**
     * Work run while every helper is busy (as the helper rendering the chapter pages is) is done by
     * the caller; the helpers' turns left in the queue must not keep the work's steps, and all they
     * hold, until a helper is free.
     */
    @Test
    void workDoneWhileTheHelpersAreBusyIsNotHeld() throws Exception {
        int helpers = Runtime.getRuntime().availableProcessors() - 1;
        assumeTrue(helpers > 0, "no helpers on one core");
        CountDownLatch started = new CountDownLatch(helpers + 1);
        CountDownLatch release = new CountDownLatch(1);
        List<Runnable> blockers = new ArrayList<>();
        for (int i = 0; i <= helpers; i++) {
            blockers.add(() -> {
                started.countDown();
                awaitQuietly(release);
            });
        }
        Thread busy = new Thread(() -> Workers.runAll(blockers));
        busy.start();
        try {
            assertTrue(started.await(30, TimeUnit.SECONDS), "the helpers did not all start");
            WeakReference<byte[]> held = runWhileBusy();
            for (int i = 0; i < 10 && held.get() != null; i++) {
                System.gc();
            }
            assertTrue(held.get() == null, "the work's data is held by a helper's queued turn");
        } finally {
            release.countDown();
            busy.join();
        }
    }

    /** Runs two steps that hold a large array, and returns a weak reference to the array. */
    private static WeakReference<byte[]> runWhileBusy() {
        byte[] data = new byte[1 << 20];
        AtomicInteger sum = new AtomicInteger();
        Workers.runAll(List.of(() -> sum.addAndGet(data.length), () -> sum.addAndGet(data[0])));
        assertEquals(1 << 20, sum.get());
        return new WeakReference<>(data);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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
