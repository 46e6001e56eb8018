package org.studyguide.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.studyguide.testing.DamagedEntries;

/** What a chapter's view took from its body, as the cache stores it: read back whole, or not at all. */
class ChapterBodyEntryTest {
    private static final ChapterBodyEntry ENTRY = new ChapterBodyEntry(
            "<h2 id=\"later\">Later</h2><aside class=\"margin-note\">Ünïcode</aside><p>Text.</p>".repeat(20),
            List.of(new Views.Link("#later", "Later")),
            List.of(new SearchDocument(SearchDocument.Kind.CHAPTER, "chapters/second.html", "Second", "Part", "Text."),
                    new SearchDocument(SearchDocument.Kind.CHAPTER, "chapters/second.html#later", "Later", "Second",
                            "More text.")),
            List.of(new ChapterBodyEntry.Context("first-quote", Optional.of("On <em>how</em> often.")),
                    new ChapterBodyEntry.Context("gone", Optional.empty())));

    @Test
    void anEntryIsReadBackAsItWasWritten() {
        ChapterBodyEntry empty = new ChapterBodyEntry("", List.of(), List.of(), List.of());

        assertThat(ChapterBodyEntry.decode(ENTRY.encode())).contains(ENTRY);
        assertThat(ChapterBodyEntry.decode(empty.encode())).contains(empty);
        assertThat(ENTRY.encode().length).as("compressed").isLessThan(ENTRY.bodyHtml().length() / 4);
    }

    @Test
    void aCutDamagedOrForeignEntryGivesNothing() {
        byte[] stored = ENTRY.encode();
        DamagedEntries.assertRefused(stored, ChapterBodyEntry::decode, entry -> assertThat(entry).isEqualTo(ENTRY));
        assertThat(ChapterBodyEntry.decode("<p>a body, not an entry</p>".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(ChapterBodyEntry.decode(new PageEntry(new byte[] {1}, Optional.empty(), new byte[0]).encode()))
                .as("a page's entry").isEmpty();
    }
}
