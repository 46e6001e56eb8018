package org.studyguide.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studyguide.diag.Diagnostic;
import org.studyguide.testing.BuiltGuide;
import org.studyguide.testing.GuideFixture;

/**
 * Input that used to crash the build (deep nesting), pass silently (duplicate keys, an empty
 * guide.yml) or leak (links out of the content folder): each is now one error at its place.
 */
class InputLimitsTest {
    @TempDir
    Path root;

    private String where(Diagnostic d) {
        return root.relativize(d.position().file()) + ":" + d.position().line() + ":" + d.position().column();
    }

    private Diagnostic onlyError(GuideFixture fixture) {
        return onlyError(fixture.build());
    }

    private static Diagnostic onlyError(BuiltGuide built) {
        assertThat(built.result().published()).isFalse();
        return built.onlyError();
    }

    /** Builds the files as they are on disk, without writing the fixture's own over them. */
    private static BuiltGuide buildAsIs(GuideFixture fixture) throws Exception {
        return new BuiltGuide(GuideBuild.build(fixture.options()), fixture.out());
    }

    @Test
    void deepFlowNestingInYaml() {
        Diagnostic d = onlyError(GuideFixture.in(root).file("glossary.yml",
                GuideFixture.GLOSSARY + "- id: X\n  related: " + "[".repeat(3000) + "]".repeat(3000) + "\n"));
        assertThat(where(d)).isEqualTo("content/glossary.yml:12:" + (12 + 48));
        assertThat(d.message()).isEqualTo("lists and mappings nested more than 50 levels deep");
    }

    @Test
    void deepBlockNestingInFrontMatter() {
        StringBuilder yaml = new StringBuilder("---\ntitle: T\nsummary: S\nobjectives:\n");
        for (int i = 0; i < 200; i++) {
            yaml.append("  ".repeat(i + 1)).append("-\n");
        }
        Diagnostic d = onlyError(GuideFixture.in(root).file("chapters/second.md", yaml + "---\nText.\n"));
        assertThat(where(d)).isEqualTo("content/chapters/second.md:54:101");
        assertThat(d.message()).isEqualTo("lists and mappings nested more than 50 levels deep");
    }

    @Test
    void aliasBombIsRefusedAtTheAliasThatBreaksTheLimit() {
        StringBuilder yaml = new StringBuilder(GuideFixture.SOURCES + "- id: bomb\n  a: &a [x, x]\n");
        for (int i = 0; i < 30; i++) {
            yaml.append("  b").append(i).append(": [*a, *a]\n");
        }
        Diagnostic d = onlyError(GuideFixture.in(root).file("sources.yml", yaml.toString()));
        assertThat(where(d)).isEqualTo("content/sources.yml:34:9");
        assertThat(d.message()).isEqualTo("more than 50 aliases in one file");
    }

    @Test
    void deepBlockQuotesInMarkdown() {
        Diagnostic d = onlyError(GuideFixture.in(root).file("chapters/second.md",
                GuideFixture.SECOND + "\n" + ">".repeat(1000) + " deep\n"));
        assertThat(where(d)).isEqualTo("content/chapters/second.md:10:101");
        assertThat(d.message()).startsWith("Markdown nested more than 100 levels deep");
    }

    @Test
    void deepListsInMarkdown() {
        StringBuilder lists = new StringBuilder("\n");
        for (int i = 0; i < 600; i++) {
            lists.append("  ".repeat(i)).append("- item\n");
        }
        Diagnostic d = onlyError(GuideFixture.in(root).file("chapters/second.md", GuideFixture.SECOND + lists));
        assertThat(where(d)).isEqualTo("content/chapters/second.md:59:101");
    }

    @Test
    void nestingJustInsideTheLimitStillBuilds() {
        BuiltGuide built = GuideFixture.in(root).file("chapters/second.md",
                GuideFixture.SECOND + "\n" + "> ".repeat(90) + "deep\n").build();
        assertThat(built.errors()).isEmpty();
        assertThat(built.page("chapters/second.html").select("blockquote")).hasSize(90);
    }

    @Test
    void aKeyGivenTwiceIsReportedAtTheSecond() {
        Diagnostic d = onlyError(GuideFixture.in(root).file("guide.yml",
                GuideFixture.GUIDE + "title: Another title\n"));
        assertThat(where(d)).isEqualTo("content/guide.yml:" + (GuideFixture.GUIDE.lines().count() + 1) + ":1");
        assertThat(d.message()).isEqualTo("key 'title' is given twice in this mapping");
        assertThat(d.hint()).hasValueSatisfying(h -> assertThat(h).contains("line 1"));
    }

    @Test
    void aKeyGivenTwiceInFrontMatterCountsTheFilesLines() {
        Diagnostic d = onlyError(GuideFixture.in(root).file("chapters/second.md",
                GuideFixture.SECOND.replace("summary: The second one.", "summary: The second one.\ntitle: Again")));
        assertThat(where(d)).isEqualTo("content/chapters/second.md:4:1");
        assertThat(d.hint()).hasValueSatisfying(h -> assertThat(h).contains("line 2"));
    }

    @Test
    void anEmptyOrCommentOnlyGuideFileIsAnError() {
        Diagnostic d = onlyError(GuideFixture.in(root).file("guide.yml", "# nothing yet\n\n"));
        assertThat(where(d)).isEqualTo("content/guide.yml:1:1");
        assertThat(d.message()).isEqualTo("guide.yml is empty");
    }

    @Test
    void emptyFrontMatterIsAnError() {
        Diagnostic d = onlyError(GuideFixture.in(root).file("chapters/second.md", "---\n---\nText.\n"));
        assertThat(where(d)).isEqualTo("content/chapters/second.md:2:1");
        assertThat(d.message()).isEqualTo("the front matter is empty");
    }

    @Test
    void aChapterIdTooLongForAFileName() {
        String id = "a".repeat(200);
        Diagnostic d = onlyError(GuideFixture.in(root).without("chapters/second.md")
                .file("guide.yml", GuideFixture.GUIDE.replace("[second]", "[" + id + "]"))
                .file("chapters/" + id + ".md", GuideFixture.SECOND.replace("[[quote:second-quote]]", "")));
        assertThat(where(d)).isEqualTo("content/guide.yml:13:16");
        assertThat(d.message()).contains("too long");
    }

    @Test
    void invalidUtf8IsReportedAtItsLineAndColumn() throws Exception {
        GuideFixture fixture = GuideFixture.in(root).writeFiles();
        byte[] bad = "- id: reading-a\n  title: Caf\u00e9 \u00e9\u00e9 ".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[bad.length + 2];
        System.arraycopy(bad, 0, bytes, 0, bad.length);
        bytes[bad.length] = (byte) 0xC3;
        bytes[bad.length + 1] = '\n';
        Files.write(fixture.content().resolve("sources.yml"), bytes);
        Diagnostic d = onlyError(buildAsIs(fixture));
        assertThat(where(d)).isEqualTo("content/sources.yml:2:18");
        assertThat(d.message()).isEqualTo("this byte is not valid UTF-8 text");
    }

    @Test
    void aNulCharacterIsReportedAtItsLineAndColumn() {
        Diagnostic d = onlyError(GuideFixture.in(root).file("chapters/second.md", GuideFixture.SECOND + "ab\0c\n"));
        assertThat(where(d)).isEqualTo("content/chapters/second.md:9:3");
        assertThat(d.message()).isEqualTo("the file contains a NUL character");
    }

    @Test
    void aFileTooLarge() {
        Diagnostic d = onlyError(GuideFixture.in(root).file("chapters/second.md",
                GuideFixture.SECOND + "word ".repeat(300_000)));
        assertThat(where(d)).isEqualTo("content/chapters/second.md:0:0");
        assertThat(d.message()).startsWith("the file is larger than 1024 KB");
    }

    @Test
    void aLineTooLongForTheParser() {
        Diagnostic d = onlyError(GuideFixture.in(root).file("chapters/second.md",
                GuideFixture.SECOND + "*".repeat(6000) + "x\n"));
        assertThat(where(d)).isEqualTo("content/chapters/second.md:9:5001");
        assertThat(d.message()).isEqualTo("a line longer than 5000 characters");
    }

    @Test
    void tooManyReferencesInOneText() {
        Diagnostic d = onlyError(GuideFixture.in(root).file("chapters/second.md",
                GuideFixture.SECOND + "[[NRC]]\n".repeat(2001)));
        assertThat(where(d)).isEqualTo("content/chapters/second.md:2008:1");
        assertThat(d.message()).isEqualTo("more than 2000 references in one text");
    }

    @Test
    void aChapterLinkedFromOutsideTheContentFolderIsNotRead() throws Exception {
        Path secret = Files.writeString(root.resolve("secret.md"), "root:x:0:0:secret-line\n");
        GuideFixture fixture = GuideFixture.in(root).without("chapters/second.md").writeFiles();
        Files.createSymbolicLink(fixture.content().resolve("chapters/second.md"), secret);
        BuiltGuide built = buildAsIs(fixture);
        Diagnostic d = built.errors().get(0);
        assertThat(where(d)).isEqualTo("content/chapters/second.md:0:0");
        assertThat(d.message()).contains("outside the content folder");
        assertThat(built.result().diagnostics()).allSatisfy(any -> assertThat(any.toString()).doesNotContain("secret-line"));
        assertThat(fixture.out()).doesNotExist();
    }
}
