package org.studyguide.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.ref.WeakReference;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the search index keeps of a chapter from its page until the index is written: the chapter's
 * entries and its essay prompts as documents, without its page view (whose body HTML a large guide
 * could not hold for every chapter).
 */
class ChapterEntriesTest {
    private static final SearchDocument SECTION = new SearchDocument(SearchDocument.Kind.CHAPTER,
            "chapters/enlargement.html", "Enlargement", "Part one", "The first wave.");

    private static Views.ChapterPage page() {
        return new Views.ChapterPage("enlargement", "Enlargement", "Who joined when.", "Part one", List.of(),
                "<p>" + "A long body. ".repeat(1000) + "</p>", List.of(), List.of(),
                List.of(new StudyPages.Essay("essay-1", "<p>Was <em>enlargement</em> a mistake?</p>", "", List.of())),
                List.of(), new ChapterQuotes.Index(0, List.of()), List.of(), List.of(), null, null, List.of());
    }

    @Test
    void theEntriesAreTheSectionsThenTheEssayPrompts() {
        ChapterViews.Made made = new ChapterViews.Made(page(), List.of(SECTION));
        SearchDocuments.ChapterEntries entries = made.searched();
        assertThat(entries.sections()).containsExactly(SECTION);
        assertThat(entries.essays()).containsExactly(new SearchDocument(SearchDocument.Kind.ESSAY,
                "chapters/enlargement.html#essay-1", "Was enlargement a mistake?", "Enlargement",
                "Was enlargement a mistake?"));
    }

    @Test
    void theEntriesDoNotHoldThePageView() {
        Views.ChapterPage page = page();
        WeakReference<Views.ChapterPage> view = new WeakReference<>(page);
        SearchDocuments.ChapterEntries entries = new ChapterViews.Made(page, List.of(SECTION)).searched();
        page = null;
        for (int i = 0; i < 10 && view.get() != null; i++) {
            System.gc();
        }
        assertThat(view.get()).isNull();
        assertThat(entries.essays()).hasSize(1);
    }
}
