package org.studyguide.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Items sort by kind, in the order the kinds are declared, then by id. */
class ItemIdOrderTest {
    @Test
    void kindFirstThenId() {
        ItemId chapterB = new ItemId(Ref.Kind.CHAPTER, "b");
        ItemId chapterA = new ItemId(Ref.Kind.CHAPTER, "a");
        ItemId termA = new ItemId(Ref.Kind.TERM, "a");
        ItemId termZ = new ItemId(Ref.Kind.TERM, "Z");
        List<ItemId> sorted = List.of(termA, chapterB, termZ, chapterA).stream().sorted().toList();
        assertThat(sorted).containsExactly(termZ, termA, chapterA, chapterB);
        assertThat(Ref.Kind.TERM.compareTo(Ref.Kind.CHAPTER)).isNegative();
        assertThat(chapterA.compareTo(new ItemId(Ref.Kind.CHAPTER, "a"))).isZero();
    }
}
