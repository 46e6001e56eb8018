package org.studyguide.cache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How many bytes a cache folder's entries take: as {@link ContentCache#trim} last counted them, plus
 * what builds stored since, in a small file beside the entries. Builds that store at the same time
 * may lose one another's additions, and an entry replaced is added twice: the ledger is an estimate
 * that tells trim when counting is worth it, and it is counted again at least once an hour.
 *
 * @param bytes   the entries' bytes
 * @param counted when the folder was last counted
 */
record Ledger(long bytes, Instant counted) {
    /** The ledger's file in the cache folder (not an entry, so trim leaves it alone). */
    static final String FILE = "entries-size";
    /** How long a count is trusted. */
    static final Duration TRUSTED = Duration.ofHours(1);
    private static final Pattern FORMAT = Pattern.compile("studyguide cache ledger 1\n(\\d{1,18}) (\\d{1,18})\n");

    /** The folder's ledger, or empty when there is none or it is not whole. */
    static Optional<Ledger> read(Path dir) {
        try {
            Path file = dir.resolve(FILE);
            if (!Files.isRegularFile(file) || Files.size(file) > 100) {
                return Optional.empty();
            }
            Matcher matcher = FORMAT.matcher(Files.readString(file, StandardCharsets.US_ASCII));
            return matcher.matches() ? Optional.of(new Ledger(Long.parseLong(matcher.group(1)),
                    Instant.ofEpochSecond(Long.parseLong(matcher.group(2))))) : Optional.empty();
        } catch (IOException | UncheckedIOException | NumberFormatException | java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    /** True when the count was taken within the last {@link #TRUSTED} before {@code now} (and not after it). */
    boolean trusted(Instant now) {
        return !counted.isBefore(now.minus(TRUSTED)) && !counted.isAfter(now);
    }

    /** This ledger with {@code stored} more bytes. */
    Ledger plus(long stored) {
        return new Ledger(bytes + stored, counted);
    }

    /** Writes the ledger into the folder (whole or not at all); never fails. */
    void write(Path dir) {
        ContentCache.replace(dir.resolve(FILE), ("studyguide cache ledger 1\n" + bytes + " " + counted.getEpochSecond()
                + "\n").getBytes(StandardCharsets.US_ASCII));
    }
}
