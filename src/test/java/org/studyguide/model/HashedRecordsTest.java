package org.studyguide.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The records a build hashes write out equals and hashCode: each component must count in both. */
class HashedRecordsTest {
    private static final Path FILE = Path.of("content", "chapters", "one.md");

    @Test
    void itemIdsAreEqualOnlyWithTheSameKindAndId() {
        ItemId term = new ItemId(Ref.Kind.TERM, "NRC");
        assertThat(term).isEqualTo(new ItemId(Ref.Kind.TERM, "NRC")).hasSameHashCodeAs(new ItemId(Ref.Kind.TERM, "NRC"));
        assertThat(term).isNotEqualTo(new ItemId(Ref.Kind.QUOTE, "NRC")).isNotEqualTo(new ItemId(Ref.Kind.TERM, "PJC"))
                .isNotEqualTo(null).isNotEqualTo("NRC");
    }

    @Test
    void positionsAreEqualOnlyWithTheSameFileLineAndColumn() {
        Position at = new Position(FILE, 3, 7);
        assertThat(at).isEqualTo(new Position(FILE, 3, 7)).hasSameHashCodeAs(new Position(FILE, 3, 7));
        assertThat(at).isNotEqualTo(new Position(Path.of("other.md"), 3, 7)).isNotEqualTo(new Position(FILE, 4, 7))
                .isNotEqualTo(new Position(FILE, 3, 8)).isNotEqualTo(null);
        assertThat(new Position(null, 0, 0)).isEqualTo(new Position(null, 0, 0));
    }

    @Test
    void markdownTextsAreEqualOnlyWithTheSameTextStartAndIndent() {
        Position start = new Position(FILE, 3, 7);
        Markdown text = new Markdown("Some *text*.", start, 2);
        assertThat(text).isEqualTo(new Markdown("Some *text*.", new Position(FILE, 3, 7), 2))
                .hasSameHashCodeAs(new Markdown("Some *text*.", new Position(FILE, 3, 7), 2));
        assertThat(text).isNotEqualTo(new Markdown("Other text.", start, 2))
                .isNotEqualTo(new Markdown("Some *text*.", new Position(FILE, 4, 7), 2))
                .isNotEqualTo(new Markdown("Some *text*.", start, 0)).isNotEqualTo(null);
    }
}
