package org.studyguide.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.studyguide.check.CheckRun.at;
import static org.studyguide.check.CheckRun.check;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.studyguide.diag.Diagnostic;

class TargetFilesTest {

    @Test
    void acceptsRelativeLinksThatNameFiles() {
        List<Diagnostic> found = check(
                "chapters/a.html", """
                        <link rel="stylesheet" href="../assets/site.css">
                        <a href="../glossary.html">glossary</a> <a href="./b.html?print=1">b</a>
                        <a href="">here</a> <a href="?x">here</a> <img alt="" src="../assets/../assets/i.png">
                        """,
                "chapters/b.html", "<p>b</p>",
                "glossary.html", "<p>g</p>",
                "assets/site.css", "body { background: url(\"i.png\") }",
                "assets/i.png", "png");

        assertThat(found).isEmpty();
    }

    @Test
    void reportsMissingFileWithSuggestion() {
        List<Diagnostic> found = check(
                "chapters/a.html", "<p>See <a href=\"../glosary.html#NRC\">NRC</a></p>",
                "glossary.html", "<p id=\"NRC\">NRC</p>");

        assertThat(found).containsExactly(Diagnostic.error(at("chapters/a.html", 1, 17),
                "page chapters/a.html links to '../glosary.html#NRC' but there is no file glosary.html in the site",
                "did you mean '../glossary.html'?"));
    }

    @Test
    void reportsMissingFileWithoutCloseNameWithGenericHint() {
        List<Diagnostic> found = check("index.html", "<script src=\"app.js\"></script>");

        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.position()).isEqualTo(at("index.html", 1, 14));
            assertThat(d.message()).isEqualTo("page index.html loads 'app.js' but there is no file app.js in the site");
            assertThat(d.hint()).contains("check the spelling, or add the file to the site");
        });
    }

    @Test
    void reportsLinkEscapingTheSiteRoot() {
        List<Diagnostic> found = check(
                "chapters/a.html", "<p>\n  <a href=\"../../index.html\">up</a>\n</p>",
                "index.html", "<p>home</p>");

        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.position()).isEqualTo(at("chapters/a.html", 2, 12));
            assertThat(d.message()).isEqualTo(
                    "page chapters/a.html links to '../../index.html', which points outside the site");
            assertThat(d.hint()).hasValueSatisfying(h -> assertThat(h).contains("remove the extra '../'"));
        });
    }

    @Test
    void reportsFolderLinksAndNamesTheIndexPage() {
        List<Diagnostic> found = check(
                "index.html", "<a href=\"chapters/\">a</a>\n<a href=\"chapters\">b</a>\n<a href=\"assets/\">c</a>",
                "chapters/index.html", "<p>chapters</p>",
                "assets/site.css", "p {}");

        assertThat(found).extracting(Diagnostic::position)
                .containsExactly(at("index.html", 1, 10), at("index.html", 2, 10), at("index.html", 3, 10));
        assertThat(found.get(0).message())
                .isEqualTo("page index.html links to 'chapters/', which is a folder, not a file");
        assertThat(found.get(0).hint())
                .hasValueSatisfying(h -> assertThat(h).startsWith("link to the page itself, 'chapters/index.html'"));
        assertThat(found.get(1).hint()).isEqualTo(found.get(0).hint());
        assertThat(found.get(2).hint()).hasValueSatisfying(h -> assertThat(h).startsWith("link to a file:"));
    }

    @Test
    void reportsALinkToAMissingFolderAsMissing() {
        List<Diagnostic> found = check("index.html", "<a href=\"gone/\">gone</a>");

        assertThat(found).singleElement().satisfies(d -> assertThat(d.message())
                .isEqualTo("page index.html links to 'gone/' but there is no file gone/ in the site"));
    }

    @Test
    void decodesPercentEncodedPaths() {
        List<Diagnostic> found = check(
                "index.html", "<a href=\"my%20notes.html\">ok</a> <a href=\"caf%C3%A9.html\">ok</a>"
                        + " <a href=\"caf%C3%A8.html\">wrong accent</a>",
                "my notes.html", "<p>notes</p>",
                "café.html", "<p>café</p>");

        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.position()).isEqualTo(at("index.html", 1, 75));
            assertThat(d.message()).isEqualTo(
                    "page index.html links to 'caf%C3%A8.html' but there is no file cafè.html in the site");
            assertThat(d.hint()).contains("did you mean 'café.html'?");
        });
    }

    @Test
    void checksCssUrlsInStylesheetsAgainstTheStylesheetsFolder() {
        List<Diagnostic> found = check(
                "assets/site.css", """
                        /* url(commented-out.png) is not a reference */
                        @font-face { src: url('../fonts/serif.woff2') }
                        body { background: url(paper.png) }
                        """,
                "assets/paper.png", "png");

        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.position()).isEqualTo(at("assets/site.css", 2, 24));
            assertThat(d.message()).isEqualTo(
                    "stylesheet assets/site.css loads '../fonts/serif.woff2'"
                            + " but there is no file fonts/serif.woff2 in the site");
        });
    }

    @Test
    void checksEachSrcsetCandidate() {
        List<Diagnostic> found = check(
                "index.html", "<img alt=\"map\" src=\"a.png\" srcset=\"a.png 1x, b.png 2x\">",
                "a.png", "png");

        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.position()).isEqualTo(at("index.html", 1, 46));
            assertThat(d.message()).isEqualTo("page index.html loads 'b.png' but there is no file b.png in the site");
            assertThat(d.hint()).isEqualTo(Optional.of("did you mean 'a.png'?"));
        });
    }
}
