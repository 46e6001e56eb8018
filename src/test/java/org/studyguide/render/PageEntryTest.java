package org.studyguide.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A finished page as the page cache stores it: read back whole, or not at all. */
class PageEntryTest {
    private static final byte[] PAGE = "<!DOCTYPE html><html><body><p>Ünïcode page</p></body></html>".repeat(40)
            .getBytes(StandardCharsets.UTF_8);

    @Test
    void anEntryIsReadBackWithAndWithoutAnArticle() {
        PageEntry withArticle = new PageEntry(PAGE, Optional.of("<article>ä</article>"), new byte[] {1, 2, 3});
        PageEntry without = new PageEntry(PAGE, Optional.empty(), new byte[0]);

        PageEntry a = PageEntry.decode(withArticle.encode()).orElseThrow();
        PageEntry b = PageEntry.decode(without.encode()).orElseThrow();

        assertThat(a.bytes()).isEqualTo(PAGE);
        assertThat(a.article()).contains("<article>ä</article>");
        assertThat(a.read()).containsExactly(1, 2, 3);
        assertThat(b.bytes()).isEqualTo(PAGE);
        assertThat(b.article()).isEmpty();
        assertThat(b.read()).isEmpty();
        assertThat(withArticle.encode().length).as("compressed").isLessThan(PAGE.length / 4);
    }

    @Test
    void aCutDamagedOrForeignEntryGivesNothing() {
        byte[] stored = new PageEntry(PAGE, Optional.of("<article></article>"), new byte[] {9}).encode();
        for (int length = 0; length < stored.length; length++) {
            assertThat(PageEntry.decode(Arrays.copyOf(stored, length))).as("cut at " + length).isEmpty();
        }
        assertThat(PageEntry.decode(Arrays.copyOf(stored, stored.length + 1))).isEmpty();
        assertThat(PageEntry.decode("<html>a page, not an entry</html>".getBytes(StandardCharsets.UTF_8))).isEmpty();
        byte[] huge = stored.clone();
        ByteBuffer.wrap(huge).putInt(Integer.MAX_VALUE);
        assertThat(PageEntry.decode(huge)).as("a size the entry cannot hold").isEmpty();
        Random random = new Random(13);
        for (int i = 0; i < 2_000; i++) {
            byte[] damaged = stored.clone();
            damaged[random.nextInt(damaged.length)] ^= (byte) (1 + random.nextInt(255));
            // Deflate's own checksum (Adler-32) catches a changed byte in what it holds.
            PageEntry.decode(damaged).ifPresent(entry -> assertThat(entry.bytes()).isEqualTo(PAGE));
        }
    }
}
