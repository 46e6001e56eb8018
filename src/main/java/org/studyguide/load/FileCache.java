package org.studyguide.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import org.studyguide.diag.Diagnostic;
import org.studyguide.diag.Diagnostics;

/**
 * What reading each content file gave last time, kept by whoever loads the same guide again and
 * again (the preview server, after every edit): a file with the same bytes is not parsed again,
 * and the problems reading it found are reported again as they were. Only regular files are kept:
 * anything else (a missing file, a folder, a pipe) is read afresh each time, as without a cache.
 */
public final class FileCache {
    private final Map<Path, Entry> entries = new ConcurrentHashMap<>();
    private final boolean keeps;

    /** A cache that keeps what each file gave. */
    public FileCache() {
        this(true);
    }

    private FileCache(boolean keeps) {
        this.keeps = keeps;
    }

    /** No cache: every file is read each time (a one-off build). */
    static FileCache none() {
        return new FileCache(false);
    }

    private record Entry(byte[] bytes, Object value, List<Diagnostic> found) {
    }

    /**
     * Reads {@code file} with {@code reader}, or gives what it gave for the same bytes last time. A
     * file that changed while it was read is not kept.
     */
    @SuppressWarnings("unchecked")
    <T> T read(Path file, Diagnostics diagnostics, BiFunction<Path, Diagnostics, T> reader) {
        byte[] bytes = keeps ? bytes(file) : null;
        if (bytes == null) {
            return reader.apply(file, diagnostics);
        }
        Entry last = entries.get(file);
        if (last == null || !Arrays.equals(last.bytes(), bytes)) {
            Diagnostics found = new Diagnostics();
            last = new Entry(bytes, reader.apply(file, found), found.sorted());
            if (Arrays.equals(bytes, bytes(file))) {
                entries.put(file, last);
            }
        }
        last.found().forEach(diagnostics::add);
        return (T) last.value();
    }

    /** The bytes of a regular file of at most the largest size a content file may have, else null. */
    private static byte[] bytes(Path file) {
        try {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || Files.size(file) > ContentText.MAX_BYTES) {
                return null;
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            return null;
        }
    }
}
