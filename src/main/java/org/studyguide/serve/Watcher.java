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
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches folders and everything below them, and reports each burst of changes once. Editors often
 * save by writing a temporary file and renaming it over the original, which produces several events
 * within a few milliseconds; the watcher waits until the folders have been quiet for
 * {@link #QUIET_MILLIS} before reporting the paths touched, so one save causes one rebuild.
 */
final class Watcher implements AutoCloseable {
    /** How long the folders must be quiet before a burst of changes is reported. */
    static final long QUIET_MILLIS = 25;
    /** A burst longer than this is reported anyway, so a steady stream of writes still rebuilds. */
    private static final long LONGEST_BURST_MILLIS = 500;

    private final WatchService service;
    private final Consumer<Set<Path>> onChange;
    private final Thread thread;

    private Watcher(WatchService service, Consumer<Set<Path>> onChange) {
        this.service = service;
        this.onChange = onChange;
        this.thread = new Thread(this::loop, "studyguide-watcher");
        thread.setDaemon(true);
    }

    /**
     * Starts watching {@code roots} (folders that do not exist are skipped).
     *
     * @param onChange called on the watcher's thread with the paths changed in one burst; a root in
     *                 the set means events were lost and anything below it may have changed
     */
    static Watcher start(List<Path> roots, Consumer<Set<Path>> onChange) throws IOException {
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
                Set<Path> changed = new LinkedHashSet<>();
                collect(service.take(), changed);
                long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(LONGEST_BURST_MILLIS);
                WatchKey next;
                while (System.nanoTime() < deadline
                        && (next = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    collect(next, changed);
                }
                if (!changed.isEmpty()) {
                    onChange.accept(Set.copyOf(changed));
                }
            }
        } catch (ClosedWatchServiceException | InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
    }

    private void collect(WatchKey key, Set<Path> changed) {
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
