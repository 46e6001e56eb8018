package org.studyguide.serve;

import java.util.Collection;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Lets the full build that follows the early pages wait until an open page has fetched one of them,
 * for at most {@link #LONGEST_WAIT_MILLIS}: on a busy machine the build, which keeps every core busy,
 * would otherwise slow down serving the very page being edited.
 */
final class EarlyFetch {
    /** The longest the full build waits, for when no open page shows an early page. */
    static final long LONGEST_WAIT_MILLIS = 100;

    private volatile Set<String> expected = Set.of();
    private volatile CountDownLatch fetched = new CountDownLatch(0);

    /** Starts waiting for a fetch of any of {@code paths} (site paths); call before telling the pages. */
    void expect(Collection<String> paths) {
        fetched = new CountDownLatch(1);
        expected = Set.copyOf(paths);
    }

    /** Notes that the site path {@code path} was served. */
    void served(String path) {
        if (expected.contains(path)) {
            fetched.countDown();
        }
    }

    /** Waits until one of the expected pages was served, or for at most {@link #LONGEST_WAIT_MILLIS}. */
    void await() {
        try {
            fetched.await(LONGEST_WAIT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            expected = Set.of();
        }
    }
}
