package org.studyguide.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studyguide.diag.Diagnostic;
import org.studyguide.testing.BuiltGuide;
import org.studyguide.testing.GuideFixture;

/**
 * Problems the check stage finds in the rendered pages are reported where the author wrote them:
 * at the line and column of the Markdown link, image or heading (in a chapter or a YAML field), once
 * even though print.html repeats every chapter, in words without Java names.
 */
class SourceLinesTest {
    @TempDir
    Path root;

    private String where(Diagnostic d) {
        return BuiltGuide.where(root, d);
    }

    private static Diagnostic onlyError(GuideFixture fixture) {
        return fixture.build().onlyPlainError();
    }

    private GuideFixture chapterBody(String body) {
        return GuideFixture.in(root).file("chapters/second.md", GuideFixture.SECOND + "\n" + body + "\n");
    }

    @Test
    void brokenLinkInAChapterIsReportedOnceAtItsMarkdownLine() {
        Diagnostic d = onlyError(chapterBody("See [the missing page](missing.html) for more."));
        assertThat(where(d)).isEqualTo("content/chapters/second.md:10:5");
        assertThat(d.message()).isEqualTo("this link, on page chapters/second.html, goes to 'missing.html'"
                + " but there is no file chapters/missing.html in the site");
    }

    @Test
    void brokenAnchorInAChapterIsReportedAtItsMarkdownLine() {
        Diagnostic d = onlyError(chapterBody("Back to [the start](#nowhere)."));
        assertThat(where(d)).isEqualTo("content/chapters/second.md:10:9");
        assertThat(d.message()).isEqualTo("this link, on page chapters/second.html, goes to '#nowhere'"
                + " but the page has no element with id 'nowhere'");
    }

    @Test
    void imageWithoutAltTextIsAnErrorAtItsMarkdownLine() {
        Diagnostic d = onlyError(chapterBody("Intro.\n\n  ![](../assets/map.png)")
                .template("assets/map.png", "not really a picture"));
        assertThat(where(d)).isEqualTo("content/chapters/second.md:12:3");
        assertThat(d.message()).isEqualTo("this image has no alt text");
        assertThat(d.hint().orElseThrow()).contains("![A map");
    }

    @Test
    void imageWithoutAltTextInAnArticleWhosePrintIdsAreNumberedIsReportedOnceAtItsMarkdownLine() {
        // The chapter's id is the layout's main element's, so print.html renames its article's ids
        // after the article was made: the check stage still reads its source marks.
        Diagnostic d = onlyError(GuideFixture.in(root).withChapter("main", """
                        ---
                        title: Main chapter
                        summary: The layout's main element has this id too.
                        ---
                        Intro.

                        ![](../assets/map.png)
                        """)
                .template("assets/map.png", "not really a picture"));
        assertThat(where(d)).isEqualTo("content/chapters/main.md:7:1");
        assertThat(d.message()).isEqualTo("this image has no alt text");
    }

    @Test
    void imageFromAnotherHostInAYamlFieldIsReportedInsideTheField() {
        Diagnostic d = onlyError(GuideFixture.in(root).file("glossary.yml", GuideFixture.GLOSSARY.replace(
                "successor of the [[PJC]].", "successor of the [[PJC]].\n    ![Its logo](https://example.org/logo.png)")));
        assertThat(where(d)).isEqualTo("content/glossary.yml:5:5");
        assertThat(d.message()).isEqualTo("this image, on page flashcards.html, loads"
                + " 'https://example.org/logo.png' from another host");
    }

    @Test
    void protocolRelativeLinkInAYamlFieldIsReportedAtItsLine() {
        Diagnostic d = onlyError(GuideFixture.in(root).file("timeline.yml", GuideFixture.TIMELINE.replace(
                "text: The PJC is created.", "text: The PJC is [created](//example.org/act).")));
        assertThat(where(d)).isEqualTo("content/timeline.yml:11:20");
        assertThat(d.message()).contains("protocol-relative");
    }

    @Test
    void headingWhoseIdClashesWithTheTemplateIsReportedAtTheHeading() {
        Diagnostic d = onlyError(chapterBody("### Chapter title\n\nText."));
        assertThat(where(d)).isEqualTo("content/chapters/second.md:10:1");
        assertThat(d.message()).isEqualTo("this heading gets the id 'chapter-title', which page"
                + " chapters/second.html uses twice");
    }

    @Test
    void publishedPagesCarryNoSourceMarks() {
        BuiltGuide built = chapterBody("See [the first chapter](first.html).").build();
        assertThat(built.result().published()).isTrue();
        for (String page : List.of("chapters/second.html", "print.html", "glossary.html")) {
            assertThat(built.page(page).select("[data-sg-source]")).as(page).isEmpty();
        }
        assertThat(built.page("chapters/second.html").select("a[href=first.html]").eachText())
                .contains("the first chapter");
    }

    @Test
    void problemInWhatATemplateWroteIsReportedAtTheTemplateLine() {
        Diagnostic d = onlyError(GuideFixture.in(root).template("404.ftlh", """
                <#import "layout.ftlh" as layout>
                <@layout.page title=page.title>
                <p>Lost?</p>
                  <img src="https://cdn.example.org/lost.png" alt="A lost traveller">
                </@layout.page>
                """));
        assertThat(where(d)).isEqualTo("templates/404.ftlh:4:13");
        assertThat(d.message()).isEqualTo("page 404.html loads 'https://cdn.example.org/lost.png' from another host");
    }

    @Test
    void problemInAStylesheetFromTheTemplatesIsReportedAtItsLine() {
        Diagnostic d = onlyError(GuideFixture.in(root).template("assets/extra.css", """
                .x {
                  background: url("https://cdn.example.org/bg.png");
                }
                """));
        assertThat(where(d)).isEqualTo("templates/assets/extra.css:2:20");
        assertThat(d.message()).contains("loads 'https://cdn.example.org/bg.png' from another host");
    }

    @Test
    void problemATemplateWroteInSeveralPlacesNamesTheTemplateAndThePageLine() {
        Diagnostic d = onlyError(GuideFixture.in(root).template("404.ftlh", """
                <#import "layout.ftlh" as layout>
                <@layout.page title=page.title>
                <p id="lost">Lost?</p>
                <p id="lost">Still lost?</p>
                </@layout.page>
                """));
        assertThat(where(d)).isEqualTo("templates/404.ftlh:0:0");
        assertThat(d.message()).matches("page 404.html has a second element with id 'lost' \\(the first is on line \\d+\\)"
                + " \\(at line \\d+, column \\d+ of the page as rendered\\)");
    }

    @Test
    void brokenSiteRootLinkInATemplateIsReportedAtTheTemplateLine() {
        Diagnostic d = onlyError(GuideFixture.in(root).template("quiz.ftlh", """
                <#import "layout.ftlh" as layout>
                <@layout.page title="Quiz">
                <p>See <a href="/chapters/third.html#start">the third chapter</a>.</p>
                </@layout.page>
                """));
        assertThat(where(d)).isEqualTo("templates/quiz.ftlh:3:17");
        assertThat(d.message()).isEqualTo("page quiz.html links to 'chapters/third.html#start'"
                + " but there is no file chapters/third.html in the site");
    }
}
