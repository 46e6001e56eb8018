package org.studyguide.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studyguide.testing.BuiltGuide;
import org.studyguide.testing.GuideFixture;

/**
 * HTML that the PDF library fails on instead of reporting (a text area in a guide's own chapter
 * template) is an error at the chapter's source, never a crash: the build stops with its problems
 * listed and publishes nothing.
 */
class PdfLayoutFailureTest {
    @TempDir
    Path root;

    @Test
    void aTextAreaInAChapterTemplateIsAnErrorAtTheChapter() {
        BuiltGuide built = GuideFixture.in(root).template("chapter.ftlh", """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>${page.title}</title></head>
                <body><main><article class="chapter">
                <h1>${page.title}</h1>
                <div>${page.bodyHtml?no_esc}</div>
                <textarea id="notes">Your notes</textarea>
                </article></main></body></html>
                """).build();

        assertThat(built.result().published()).isFalse();
        assertThat(built.errors()).isNotEmpty().allSatisfy(BuiltGuide::assertPlainWords);
        assertThat(built.errors()).anySatisfy(error -> {
            assertThat(BuiltGuide.where(root, error)).startsWith("content/chapters/first.md:");
            assertThat(error.message()).isEqualTo("PDF pdf/first.pdf could not be laid out: the PDF library failed"
                    + " on this page's HTML");
            assertThat(error.hint()).get().asString().contains("textarea", "pdf: false");
        });
    }
}
