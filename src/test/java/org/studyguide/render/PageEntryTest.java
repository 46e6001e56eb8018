package org.studyguide.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.studyguide.testing.DamagedEntries;

/** A finished page as the page cache stores it: read back whole, or not at all. */
class PageEntryTest {
    private static final byte[] PAGE = "<!DOCTYPE html><html><body><p>Ünïcode page</p></body></html>".repeat(40)
            .getBytes(StandardCharsets.UTF_8);
    private static final byte[] ARTICLE = "<article>ä</article>".getBytes(StandardCharsets.UTF_8);

    @Test
    void anEntryIsReadBackWithAndWithoutAnArticle() {
        PageEntry withArticle = new PageEntry(PAGE, Optional.of(ARTICLE), new byte[] {1, 2, 3});
        PageEntry without = new PageEntry(PAGE, Optional.empty(), new byte[0]);

        PageEntry a = PageEntry.decode(withArticle.encode()).orElseThrow();
        PageEntry b = PageEntry.decode(without.encode()).orElseThrow();

        assertThat(a.bytes()).isEqualTo(PAGE);
        assertThat(a.article()).hasValueSatisfying(article -> assertThat(article).isEqualTo(ARTICLE));
        assertThat(a.read()).containsExactly(1, 2, 3);
        assertThat(b.bytes()).isEqualTo(PAGE);
        assertThat(b.article()).isEmpty();
        assertThat(b.read()).isEmpty();
        assertThat(withArticle.encode().length).as("compressed").isLessThan(PAGE.length / 4);
    }

    @Test
    void aCutDamagedOrForeignEntryGivesNothing() {
        byte[] stored = new PageEntry(PAGE, Optional.of(ARTICLE), new byte[] {9}).encode();
        DamagedEntries.assertRefused(stored, PageEntry::decode, entry -> assertThat(entry.bytes()).isEqualTo(PAGE));
        assertThat(PageEntry.decode("<html>a page, not an entry</html>".getBytes(StandardCharsets.UTF_8))).isEmpty();
    }
}
