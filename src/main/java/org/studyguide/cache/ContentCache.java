package org.studyguide.cache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.CRC32;

/**
 * A content-addressed store of expensive outputs (laid-out PDFs) in a folder: each entry is named
 * by the digest of everything that decides its bytes, so an entry is valid for as long as it
 * exists and needs no invalidation. The cache only ever saves time: an entry that is corrupt,
 * truncated or written for another key is ignored (and replaced by the next store), a folder that
 * cannot be read or written turns the cache off, and nothing here fails a build.
 *
 * <p>Entries are written to a temporary file and moved into place atomically, so builds running at
 * the same time never see half an entry. The folder is kept under a size limit by deleting the
 * entries used least recently (a hit refreshes an entry's modification time).
 */
public final class ContentCache {
    /** The default size limit of the folder. */
    public static final long DEFAULT_LIMIT_BYTES = 256L * 1024 * 1024;

    private static final byte[] MAGIC = "studyguide cache entry, format 2\n".getBytes(StandardCharsets.US_ASCII);
    private static final int KEY_BYTES = 32;
    private static final int HEADER_BYTES = MAGIC.length + KEY_BYTES + Long.BYTES + Integer.BYTES;
    private static final String ENTRY_SUFFIX = ".entry";
    private static final String TEMP_PREFIX = "writing-";
    /** A temporary file this old was left by a build that was killed while writing it. */
    private static final Duration ABANDONED = Duration.ofHours(1);

    private final Optional<Path> dir;
    private final boolean writable;
    private final long limitBytes;
    private final AtomicInteger hits = new AtomicInteger();
    private final AtomicInteger stores = new AtomicInteger();
    /** The bytes of the entries stored since the last {@link #trim}, for the ledger. */
    private final AtomicLong storedBytes = new AtomicLong();

    private ContentCache(Optional<Path> dir, boolean writable, long limitBytes) {
        this.dir = dir;
        this.writable = writable;
        this.limitBytes = limitBytes;
    }

    /** No cache: every lookup misses and nothing is stored. */
    public static ContentCache none() {
        return new ContentCache(Optional.empty(), false, 0);
    }

    /**
     * The cache in {@code dir}, created when the first entry is stored.
     *
     * @param writable false to only read entries (as {@code check} does, which writes nothing)
     */
    public static ContentCache in(Path dir, boolean writable) {
        return in(dir, writable, DEFAULT_LIMIT_BYTES);
    }

    /** The cache in {@code dir}, kept under {@code limitBytes}. */
    public static ContentCache in(Path dir, boolean writable, long limitBytes) {
        return new ContentCache(Optional.of(dir), writable, limitBytes);
    }

    /** True for {@link #none()}: looking up keys would be wasted work. */
    public boolean isOff() {
        return dir.isEmpty();
    }

    /** The bytes stored under {@code key}, when a sound entry for exactly that key exists. */
    public Optional<byte[]> get(byte[] key) {
        if (dir.isEmpty() || key.length != KEY_BYTES) {
            return Optional.empty();
        }
        Path file = entry(key);
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > limitBytes) {
                return Optional.empty();
            }
            Optional<byte[]> value = decode(Files.readAllBytes(file), key);
            if (value.isPresent()) {
                hits.incrementAndGet();
                touch(file);
            }
            return value;
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
    }

    /** Stores {@code value} under {@code key}, replacing whatever entry was there; never fails. */
    public void put(byte[] key, byte[] value) {
        if (dir.isEmpty() || !writable || HEADER_BYTES + (long) value.length > limitBytes) {
            return;
        }
        if (replace(entry(key), encode(key, value))) {
            stores.incrementAndGet();
            storedBytes.addAndGet(HEADER_BYTES + value.length);
        }
    }

    /** Removes the entry under {@code key}, if any; never fails. */
    public void remove(byte[] key) {
        if (dir.isPresent() && writable && key.length == KEY_BYTES) {
            deleteQuietly(entry(key));
        }
    }

    /**
     * Replaces {@code file} (in a cache folder, which is made if missing) with {@code bytes}: written
     * to a temporary file beside it and renamed into place, so a reader sees the whole old file or the
     * whole new one, and a temporary file left by a killed build is removed by a later {@link #trim}.
     * Returns false, leaving no temporary file, when it cannot be written (a file system without
     * atomic moves included); never throws.
     */
    public static boolean replace(Path file, byte[] bytes) {
        Path temp = null;
        try {
            Files.createDirectories(file.getParent());
            temp = Files.createTempFile(file.getParent(), TEMP_PREFIX, ".tmp");
            Files.write(temp, bytes);
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return true;
        } catch (IOException | UncheckedIOException e) {
            deleteQuietly(temp);
            return false;
        }
    }

    /**
     * Deletes the least recently used entries until the folder is within its size limit, and
     * temporary files abandoned by killed builds. Files the cache did not write are left alone.
     * The folder is listed only when its {@link Ledger} says the entries may be over the limit, or
     * its count is over an hour old; otherwise only the ledger is brought up to date, so that a build
     * that stored a few entries does not read the attributes of thousands.
     */
    public void trim() {
        if (dir.isEmpty() || !writable || !Files.isDirectory(dir.get())) {
            return;
        }
        long stored = storedBytes.getAndSet(0);
        Instant now = Instant.now();
        Optional<Ledger> ledger = Ledger.read(dir.get());
        if (ledger.isPresent() && ledger.get().trusted(now) && ledger.get().bytes() + stored <= limitBytes) {
            ledger.get().plus(stored).write(dir.get());
            return;
        }
        List<Entry> entries = new ArrayList<>();
        Instant abandoned = now.minus(ABANDONED);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir.get())) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                if (name.startsWith(TEMP_PREFIX) && attributes.lastModifiedTime().toInstant().isBefore(abandoned)) {
                    deleteQuietly(file);
                } else if (name.endsWith(ENTRY_SUFFIX) && attributes.isRegularFile()) {
                    entries.add(new Entry(file, attributes.size(), attributes.lastModifiedTime()));
                }
            }
        } catch (IOException | UncheckedIOException e) {
            return;
        }
        long total = entries.stream().mapToLong(Entry::size).sum();
        entries.sort(Comparator.comparing(Entry::modified).thenComparing(e -> e.file().getFileName().toString()));
        for (Entry oldest : entries) {
            if (total <= limitBytes) {
                break;
            }
            deleteQuietly(oldest.file());
            total -= oldest.size();
        }
        new Ledger(total, now).write(dir.get());
    }

    /** How many lookups found a sound entry. */
    public int hits() {
        return hits.get();
    }

    /** How many entries were written. */
    public int stores() {
        return stores.get();
    }

    /** Where the entry for {@code key} lives (present only for a cache with a folder). */
    Path entry(byte[] key) {
        if (key.length != KEY_BYTES) {
            throw new IllegalArgumentException("a cache key is a SHA-256 digest of " + KEY_BYTES + " bytes");
        }
        return dir.orElseThrow().resolve(HexFormat.of().formatHex(key) + ENTRY_SUFFIX);
    }

    /**
     * Magic line, key, value length, CRC-32 of the value, value. The checksum catches a damaged
     * value as surely as a digest would (the key already names the content, and a deliberate
     * change could recompute either); it costs little even before the JIT has compiled anything,
     * where a SHA-256 over the stored PDFs took most of a build that found them all.
     */
    private static byte[] encode(byte[] key, byte[] value) {
        return ByteBuffer.allocate(HEADER_BYTES + value.length).put(MAGIC).put(key).putLong(value.length)
                .putInt(crc32(value, 0)).put(value).array();
    }

    private static Optional<byte[]> decode(byte[] bytes, byte[] key) {
        if (bytes.length < HEADER_BYTES) {
            return Optional.empty();
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        byte[] magic = new byte[MAGIC.length];
        byte[] storedKey = new byte[KEY_BYTES];
        buffer.get(magic).get(storedKey);
        long length = buffer.getLong();
        int checksum = buffer.getInt();
        if (!Arrays.equals(magic, MAGIC) || !MessageDigest.isEqual(storedKey, key)
                || length != bytes.length - HEADER_BYTES || crc32(bytes, HEADER_BYTES) != checksum) {
            return Optional.empty();
        }
        return Optional.of(Arrays.copyOfRange(bytes, HEADER_BYTES, bytes.length));
    }

    private static int crc32(byte[] bytes, int from) {
        CRC32 crc = new CRC32();
        crc.update(bytes, from, bytes.length - from);
        return (int) crc.getValue();
    }

    /** Marks the entry as just used, for the eviction order; a read-only cache leaves it. */
    private void touch(Path file) {
        if (!writable) {
            return;
        }
        try {
            Files.setLastModifiedTime(file, FileTime.from(Instant.now()));
        } catch (IOException e) {
            // Only the eviction order suffers.
        }
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // Left for the next trim.
        }
    }

    /** A stored entry's file, size and last use. */
    private record Entry(Path file, long size, FileTime modified) {
    }
}
