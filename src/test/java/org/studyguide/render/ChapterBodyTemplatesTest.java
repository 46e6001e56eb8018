package org.studyguide.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studyguide.testing.BuiltGuide;
import org.studyguide.testing.GuideFixture;

/**
 * A guide's own chapter template may write {@code page.bodyHtml} as it likes (twice, changed by a
 * built-in, into a paragraph or a text area, or not at all): the page is what the template wrote,
 * parsed as a whole, whether or not the body's tree made for the margin notes could be put in.
 */
class ChapterBodyTemplatesTest {
    @TempDir
    Path root;

    /**
     * The first chapter's page, built with a chapter template whose article holds {@code article}
     * (without PDFs, which are laid out from the print page).
     */
    private Document chapter(String article) {
        BuiltGuide built = GuideFixture.in(root).file("guide.yml", GuideFixture.GUIDE + "pdf: false\n").template("chapter.ftlh", """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>${page.title}</title></head>
                <body><main><article class="chapter">
                %s
                </article></main></body></html>
                """.formatted(article)).build();
        assertThat(built.errors()).isEmpty();
        return built.page("chapters/first.html");
    }

    private static Element only(Document page, String query) {
        assertThat(page.select(query)).as(query).hasSize(1);
        return page.selectFirst(query);
    }

    @Test
    void theBodyWrittenOnceInADivisionComesWithItsMarginNotes() {
        Document page = chapter("<div id=\"x\">${page.bodyHtml?no_esc}</div><textarea id=\"y\">${page.bodyHtml}</textarea>");
        Element body = only(page, "#x");
        assertThat(body.select("> h2#beginnings").text()).isEqualTo("Beginnings");
        assertThat(body.select("> aside.margin-note--term").text()).contains("NRC");
        assertThat(only(page, "textarea#y").children()).isEmpty();
        assertThat(page.selectFirst("textarea#y").wholeText()).contains("<h2", "margin-note");
    }

    @Test
    void aBodyChangedByABuiltInShowsTheChange() {
        Document page = chapter("<div id=\"x\">${page.bodyHtml?replace(\"Beginnings\", \"Openings\")?no_esc}</div>");
        assertThat(only(page, "#x h2").text()).isEqualTo("Openings");
        assertThat(page.select("#x > aside.margin-note")).isNotEmpty();
    }

    @Test
    void aBodyWrittenTwiceIsThereTwice() {
        Document page = chapter("<div id=\"x\">${page.bodyHtml?no_esc}</div><!--${page.bodyHtml?no_esc}-->");
        assertThat(only(page, "#x h2").text()).isEqualTo("Beginnings");
        Comment copy = (Comment) only(page, "article.chapter").childNodes().stream()
                .filter(Comment.class::isInstance).findFirst().orElseThrow();
        assertThat(copy.getData()).contains("<h2 id=\"beginnings\"", "margin-note--term");
    }

    @Test
    void aBodyOnlyMeasuredIsNotOnThePage() {
        Document page = chapter("<p id=\"n\">${page.bodyHtml?length}</p><!--${page.bodyHtml?no_esc}-->");
        Comment body = (Comment) only(page, "article.chapter").childNodes().stream()
                .filter(Comment.class::isInstance).findFirst().orElseThrow();
        assertThat(Integer.parseInt(only(page, "#n").text())).isEqualTo(body.getData().length());
        assertThat(page.select("h2, aside")).isEmpty();
    }

    @Test
    void aBodyInAParagraphIsParsedAsTheParserReadsIt() {
        Document page = chapter("<p id=\"x\">${page.bodyHtml?no_esc}</p>");
        Element paragraph = only(page, "p#x");
        assertThat(paragraph.childNodes()).as("closed by the body's first heading").isEmpty();
        assertThat(paragraph.nextElementSibling().text()).isEqualTo("Beginnings");
        assertThat(page.select("article.chapter > aside.margin-note")).isNotEmpty();
    }

    @Test
    void aBodyInATextAreaIsItsText() {
        Document page = chapter("<textarea id=\"x\">${page.bodyHtml?no_esc}</textarea>");
        assertThat(only(page, "textarea#x").children()).isEmpty();
        assertThat(page.selectFirst("textarea#x").wholeText()).contains("<h2 id=\"beginnings\"", "margin-note");
    }
}
