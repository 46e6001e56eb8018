package org.studyguide.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studyguide.diag.Diagnostic;
import org.studyguide.testing.BuiltGuide;
import org.studyguide.testing.GuideFixture;

/** The bad-input corpus: each case is the valid fixture guide with one mistake, and the exact diagnostic it gives. */
class BadInputTest {
    @TempDir
    Path root;

    private String where(Diagnostic d) {
        return root.relativize(d.position().file()) + ":" + d.position().line() + ":" + d.position().column();
    }

    private Diagnostic onlyError(GuideFixture fixture) {
        BuiltGuide built = fixture.build();
        assertThat(built.result().published()).isFalse();
        return built.onlyError();
    }

    @Test
    void yamlSyntaxErrorNamesItsLine() {
        Diagnostic d = onlyError(GuideFixture.in(root).file("sources.yml", """
                - id: reading-a
                  title: Reading A
                  date: "early 2001
                  note: Unclosed quote above.
                """));
        assertThat(d.hint().orElseThrow()).contains("quoting");
        assertThat(d.message()).isEqualTo("invalid YAML: while scanning a quoted scalar, found unexpected end of stream");
        assertThat(where(d)).isEqualTo("content/sources.yml:3:9");
    }

    @Test
    void unknownFrontMatterKeySuggestsTheRightOne() {
        Diagnostic d = onlyError(GuideFixture.in(root).file("chapters/second.md", """
                ---
                title: Second chapter
                sumary: The second one.
                summary: The second one.
                ---
                Text.
                """));
        assertThat(where(d)).isEqualTo("content/chapters/second.md:3:1");
        assertThat(d.message()).isEqualTo("unknown key 'sumary' in front matter");
        assertThat(d.hint()).contains("did you mean 'summary'?");
    }

    @Test
    void unknownKeyInGuideFileIsAnError() {
        Diagnostic d = onlyError(GuideFixture.in(root).file("guide.yml",
                GuideFixture.GUIDE.replace("licence:", "license:")));
        assertThat(where(d)).isEqualTo("content/guide.yml:5:1");
        assertThat(d.hint()).contains("did you mean 'licence'?");
    }

    @Test
    void wrongTypeIsReportedAtTheValue() {
        Diagnostic d = onlyError(GuideFixture.in(root).file("chapters/second.md", """
                ---
                title: Second chapter
                summary: The second one.
                objectives: Understand things.
                ---
                Text.
                """));
        assertThat(where(d)).isEqualTo("content/chapters/second.md:4:13");
        assertThat(d.message()).isEqualTo("'objectives' must be a list, found text 'Understand things.'");
    }

    @Test
    void missingRequiredKey() {
        Diagnostic d = onlyError(GuideFixture.in(root).file("sources.yml", """
                - id: reading-a
                  title: Reading A
                  note: No date.
                """));
        assertThat(where(d)).isEqualTo("content/sources.yml:1:3");
        assertThat(d.message()).isEqualTo("source entry has no 'date'");
    }

    @Test
    void missingChapterFileIsReportedInGuideFile() {
        Diagnostic d = onlyError(GuideFixture.in(root).without("chapters/second.md")
                .file("chapters/secnd.md", GuideFixture.SECOND));
        assertThat(where(d)).isEqualTo("content/guide.yml:13:16");
        assertThat(d.message()).startsWith("chapter 'second' has no file");
        assertThat(d.hint()).contains("did you mean 'secnd'?");
    }

    @Test
    void missingGuideFile() {
        Diagnostic d = onlyError(GuideFixture.in(root).without("guide.yml"));
        assertThat(d.position().file()).isEqualTo(root.resolve("content/guide.yml"));
        assertThat(d.message()).isEqualTo("file not found");
    }

    @Test
    void duplicateIdPointsAtTheFirst() {
        Diagnostic d = onlyError(GuideFixture.in(root).file("sources.yml", GuideFixture.SOURCES + """
                - id: reading-a
                  title: Reading A again
                  date: "2008"
                  note: Duplicate.
                """));
        assertThat(where(d)).isEqualTo("content/sources.yml:7:7");
        assertThat(d.message()).isEqualTo("duplicate source id 'reading-a'");
        assertThat(d.hint().orElseThrow()).contains("sources.yml:1:7");
    }

    @Test
    void unknownReferenceInChapterSuggestsTheClosestId() {
        Diagnostic d = onlyError(GuideFixture.in(root).file("chapters/second.md",
                GuideFixture.SECOND.replace("[[quote:second-quote]]", "[[quote:second-quote]] and [[NCR]]")));
        assertThat(where(d)).isEqualTo("content/chapters/second.md:8:72");
        assertThat(d.message()).isEqualTo("unknown term 'NCR'");
        assertThat(d.hint()).contains("did you mean 'NRC'?");
    }

    @Test
    void unknownReferenceInYamlMarkdownFieldIsPlacedInsideTheField() {
        Diagnostic d = onlyError(GuideFixture.in(root).file("glossary.yml",
                GuideFixture.GLOSSARY.replace("successor of the [[PJC]]", "successor of the [[PCJ]]")));
        assertThat(where(d)).isEqualTo("content/glossary.yml:4:51");
        assertThat(d.hint()).contains("did you mean 'PJC'?");
    }

    @Test
    void unknownIdInYamlList() {
        Diagnostic d = onlyError(GuideFixture.in(root).file("quotes.yml",
                GuideFixture.QUOTES.replace("source: reading-a\n  locator: paragraph 2", "source: reading-b\n  locator: paragraph 2")));
        assertThat(where(d)).isEqualTo("content/quotes.yml:9:11");
        assertThat(d.message()).isEqualTo("unknown source 'reading-b'");
        assertThat(d.hint()).contains("did you mean 'reading-a'?");
    }

    @Test
    void invalidDate() {
        Diagnostic d = onlyError(GuideFixture.in(root).file("timeline.yml",
                GuideFixture.TIMELINE.replace("\"2002-05-28\"", "\"2002-13-28\"")));
        assertThat(where(d)).isEqualTo("content/timeline.yml:2:9");
        assertThat(d.message()).isEqualTo("invalid date '2002-13-28'");
    }

    @Test
    void unusedQuotationIsAWarningNotAnError() {
        BuiltGuide built = GuideFixture.in(root).file("quotes.yml", GuideFixture.QUOTES + """
                - id: lonely
                  text: "Nobody uses me."
                  source: reading-a
                  locator: paragraph 3
                  context: Unused.
                """).build();
        assertThat(built.errors()).isEmpty();
        assertThat(built.result().published()).isTrue();
        assertThat(built.warnings()).singleElement().satisfies(w -> {
            assertThat(where(w)).isEqualTo("content/quotes.yml:14:7");
            assertThat(w.message()).isEqualTo("quotation 'lonely' is not used anywhere");
        });
    }

    @Test
    void unusedTermIsAWarning() {
        BuiltGuide built = GuideFixture.in(root).file("glossary.yml", GuideFixture.GLOSSARY + """
                - id: CFE
                  expansion: Conventional Armed Forces in Europe
                  definition: A treaty of 1990.
                """).build();
        assertThat(built.warnings()).singleElement()
                .satisfies(w -> assertThat(w.message()).isEqualTo("glossary term 'CFE' is not used anywhere"));
    }

    @Test
    void templateErrorIsReportedInTheUserTemplate() {
        Diagnostic d = onlyError(GuideFixture.in(root).template("404.ftlh", """
                <#import "layout.ftlh" as layout>
                <@layout.page title=page.title>
                <p>${page.nonsense}</p>
                </@layout.page>
                """));
        assertThat(where(d)).isEqualTo("templates/404.ftlh:3:6");
        assertThat(d.message()).isEqualTo("template error: The following has evaluated to null or missing: ==> page.nonsense");
    }

    @Test
    void templateSyntaxErrorIsReportedInTheUserTemplate() {
        Diagnostic d = onlyError(GuideFixture.in(root).template("404.ftlh", """
                <#import "layout.ftlh" as layout>
                <@layout.page title=page.title>
                <#if page.title>
                </@layout.page>
                """));
        assertThat(where(d)).isEqualTo("templates/404.ftlh:4:1");
        assertThat(d.message()).startsWith("template syntax error");
    }
}
