package org.studyguide.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Optional;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Damages a compressed cache entry (one that starts with its size before compression) in every way
 * a disk or another program might: cut at every length, one byte too long, a stated size it cannot
 * hold, and bytes changed at random.
 */
public final class DamagedEntries {
    private DamagedEntries() {
    }

    /**
     * Asserts that {@code decode} gives nothing for each cut or lengthened {@code stored} and for a
     * stated size it cannot hold, and, for a changed byte, either nothing or an entry that
     * {@code whole} accepts as the one stored (a change that the format leaves without meaning).
     */
    public static <T> void assertRefused(byte[] stored, Function<byte[], Optional<T>> decode, Consumer<T> whole) {
        for (int length = 0; length < stored.length; length++) {
            assertThat(decode.apply(Arrays.copyOf(stored, length))).as("cut at " + length).isEmpty();
        }
        assertThat(decode.apply(Arrays.copyOf(stored, stored.length + 1))).as("one byte more").isEmpty();
        byte[] huge = stored.clone();
        ByteBuffer.wrap(huge).putInt(Integer.MAX_VALUE);
        assertThat(decode.apply(huge)).as("a size the entry cannot hold").isEmpty();
        Random random = new Random(13);
        for (int i = 0; i < 2_000; i++) {
            byte[] damaged = stored.clone();
            damaged[random.nextInt(damaged.length)] ^= (byte) (1 + random.nextInt(255));
            // Deflate's own checksum (Adler-32) catches a changed byte in what it holds.
            decode.apply(damaged).ifPresent(whole);
        }
    }
}
