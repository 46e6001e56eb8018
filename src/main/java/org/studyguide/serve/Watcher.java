package org.studyguide.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/**
 * Watches folders and everything below them, and reports each burst of changes once. Editors often
 * save by writing a temporary file and renaming it over the original, or write a file in place in
 * several steps, which produces several events within a few milliseconds. A burst is reported
 * after {@link #FIRST_QUIET_MILLIS} without events, so that the listener can read and build at once;
 * before it writes anything it asks {@link #settled()}, which waits until the folders have been
 * quiet for {@link #QUIET_MILLIS} since the last event. When more events came, the burst is not
 * over: the listener drops what it read, and the burst is reported again with the paths changed
 * since, so that nothing is ever shown from a file read while it was being written, and one save
 * causes one published rebuild.
 */
final class Watcher implements AutoCloseable {
    /** How long the folders must be quiet before a burst of changes counts as over. */
    static final long QUIET_MILLIS = 25;
    /**
     * How long the folders must be quiet before a burst is reported: long enough for a file written
     * in place to be truncated and written in one go, so that it is rarely read half-written.
     */
    private static final long FIRST_QUIET_MILLIS = 3;
    /** A burst longer than this is taken as over anyway, so a steady stream of writes still rebuilds. */
    private static final long LONGEST_BURST_MILLIS = 500;

    private final WatchService service;
    private final Listener onChange;
    private final Thread thread;
    /** Paths changed and not yet reported in a burst that was over; touched on the watcher's thread only. */
    private final Set<Path> pending = new LinkedHashSet<>();
    private long burstStart;
    private long lastEvent;
    private boolean superseded;

    private Watcher(WatchService service, Listener onChange) {
        this.service = service;
        this.onChange = onChange;
        this.thread = new Thread(this::loop, "studyguide-watcher");
        thread.setDaemon(true);
    }

    /**
     * Starts watching {@code roots} (folders that do not exist are skipped).
     *
     * @param onChange hears of each burst of changes
     */
    static Watcher start(List<Path> roots, Listener onChange) throws IOException {
        Watcher watcher = new Watcher(FileSystems.getDefault().newWatchService(), onChange);
        for (Path root : roots) {
            if (Files.isDirectory(root)) {
                watcher.registerTree(root);
            }
        }
        watcher.thread.start();
        return watcher;
    }

    /** True while the watcher's thread runs. */
    boolean isRunning() {
        return thread.isAlive();
    }

    private void registerTree(Path root) throws IOException {
        try (Stream<Path> folders = Files.walk(root)) {
            for (Path folder : folders.filter(Files::isDirectory).toList()) {
                folder.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }

    private void loop() {
        try {
            while (true) {
                if (pending.isEmpty()) {
                    collect(service.take(), pending);
                    burstStart = lastEvent;
                }
                WatchKey ready;
                while (lastEvent - burstStart < TimeUnit.MILLISECONDS.toNanos(LONGEST_BURST_MILLIS)
                        && (ready = service.poll(FIRST_QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    collect(ready, pending);
                }
                Set<Path> burst = Set.copyOf(pending);
                pending.clear();
                superseded = false;
                onChange.changed(burst, this::settled);
                if (superseded) {
                    pending.addAll(burst);
                } else {
                    burstStart = System.nanoTime();
                }
            }
        } catch (ClosedWatchServiceException | InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Waits until the folders have been quiet for {@link #QUIET_MILLIS} since the last event, and
     * says whether the burst being reported is over: false when more changes came meanwhile (they
     * are reported with the burst's paths next), true when none did or the burst has gone on for
     * longer than {@link #LONGEST_BURST_MILLIS}. To be called by the listener, on the watcher's thread.
     */
    private boolean settled() {
        try {
            while (true) {
                long quietLeft = lastEvent + TimeUnit.MILLISECONDS.toNanos(QUIET_MILLIS) - System.nanoTime();
                WatchKey next = quietLeft > 0 ? service.poll(quietLeft, TimeUnit.NANOSECONDS) : service.poll();
                if (next == null && quietLeft <= 0) {
                    return true;
                }
                if (next != null) {
                    collect(next, pending);
                    superseded = lastEvent - burstStart < TimeUnit.MILLISECONDS.toNanos(LONGEST_BURST_MILLIS);
                    return !superseded;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            superseded = true;
            return false;
        }
    }

    private void collect(WatchKey key, Set<Path> changed) {
        lastEvent = System.nanoTime();
        Path folder = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                changed.add(folder);
                continue;
            }
            Path path = folder.resolve((Path) event.context());
            changed.add(path);
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(path)) {
                registerNew(path, changed);
            }
        }
        key.reset();
    }

    /** A new folder: watch it, and count what was already written into it as changed. */
    private void registerNew(Path folder, Set<Path> changed) {
        try {
            registerTree(folder);
            try (Stream<Path> files = Files.walk(folder)) {
                files.forEach(changed::add);
            }
        } catch (IOException | UncheckedIOException vanished) {
            // Removed again before it could be walked; its own deletion event follows.
            changed.add(folder);
        }
    }

    /** Hears of each burst of changes. */
    @FunctionalInterface
    interface Listener {
        /**
         * Called on the watcher's thread as a burst of changes begins.
         *
         * @param paths   the paths changed; a watched root among them means events were lost and
         *                anything below it may have changed
         * @param settled to ask, before writing anything read since the change, whether the burst
         *                is over; when false, drop what was read: the burst is reported again
         */
        void changed(Set<Path> paths, BooleanSupplier settled);
    }

    /** Stops watching and waits for the watcher's thread to end. */
    @Override
    public void close() throws IOException {
        service.close();
        try {
            thread.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
