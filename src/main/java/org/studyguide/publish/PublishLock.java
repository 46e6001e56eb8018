package org.studyguide.publish;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.studyguide.cache.CacheKey;

/**
 * One publish at a time into an output folder, across threads and processes: a build that cleans
 * up leftover staging folders must not delete the one another build is writing, nor swap in at the
 * same moment. The lock file lives in the system's temporary folder (named after the output
 * folder's path), so nothing is left beside the user's site.
 */
final class PublishLock implements AutoCloseable {
    private static final Map<Path, ReentrantLock> IN_THIS_JVM = new ConcurrentHashMap<>();

    private final ReentrantLock threads;
    private final FileChannel channel;
    private final FileLock processes;

    private PublishLock(ReentrantLock threads, FileChannel channel, FileLock processes) {
        this.threads = threads;
        this.channel = channel;
        this.processes = processes;
    }

    /** Waits until no other thread or process publishes into {@code out}, then holds the folder. */
    static PublishLock acquire(Path out) throws IOException {
        Path folder = out.toAbsolutePath().normalize();
        ReentrantLock threads = IN_THIS_JVM.computeIfAbsent(folder, key -> new ReentrantLock());
        threads.lock();
        try {
            Path file = Path.of(System.getProperty("java.io.tmpdir"), "studyguide-publish-" + digest(folder) + ".lock");
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            try {
                return new PublishLock(threads, channel, channel.lock());
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
        } catch (IOException | RuntimeException e) {
            threads.unlock();
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            processes.release();
            channel.close();
        } finally {
            threads.unlock();
        }
    }

    private static String digest(Path folder) {
        byte[] hash = CacheKey.sha256().digest(folder.toString().getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(hash, 0, 12);
    }
}
