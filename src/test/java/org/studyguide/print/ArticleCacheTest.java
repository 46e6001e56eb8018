package org.studyguide.print;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The preview's cache of chapter articles: reused for an unchanged page, taken again from a changed one. */
class ArticleCacheTest {
    private static PrintPage.RenderedChapter page(String text) {
        return new PrintPage.RenderedChapter("one", "chapters/one.html",
                "<html><body><main><article class=\"chapter\"><h1>T</h1><p>" + text + "</p></article></main></body></html>");
    }

    @Test
    void anUnchangedPageIsNotParsedAgainAndAChangedOneIs() {
        ArticleCache cache = new ArticleCache();
        String first = cache.article(page("before"));
        assertThat(cache.article(page("before"))).isSameAs(first);
        String changed = cache.article(page("after"));
        assertThat(changed).contains("after").doesNotContain("before");
        assertThat(changed).isEqualTo(ChapterArticles.article("one", "chapters/one.html", page("after").html()));
    }
}
