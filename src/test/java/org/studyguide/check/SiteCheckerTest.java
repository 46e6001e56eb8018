package org.studyguide.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.studyguide.check.CheckRun.at;
import static org.studyguide.check.CheckRun.check;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.studyguide.diag.Diagnostic;

class SiteCheckerTest {

    private static final String CHAPTER = """
            <!doctype html>
            <html lang="en"><head>
            <link rel="stylesheet" href="../assets/site.css"><script src="../assets/site.js" defer></script>
            </head><body>
            <nav><a href="../index.html">Contents</a> <a href="../glossary.html#NRC">NRC</a></nav>
            <h1 id="enlargement">Enlargement</h1>
            <figure><img src="../assets/map%201999.png" alt="Members in 1999"></figure>
            <p>See the <a href="https://www.nato.int/">NATO site</a> and <a href="#enlargement">top</a>.</p>
            </body></html>
            """;

    @Test
    void acceptsAWellFormedSite() {
        List<Diagnostic> found = check(
                "index.html", "<a href=\"chapters/enlargement.html#enlargement\">Enlargement</a>",
                "chapters/enlargement.html", CHAPTER,
                "glossary.html", "<dl><dt id=\"NRC\">NRC</dt><dd>NATO-Russia Council</dd></dl>",
                "assets/site.css", "@font-face { src: url(fonts/serif.woff2) }",
                "assets/fonts/serif.woff2", "font",
                "assets/site.js", "",
                "assets/map 1999.png", "png");

        assertThat(found).isEmpty();
    }

    @Test
    void reportsEveryProblemOfEveryPageSortedByPlace() {
        List<Diagnostic> found = check(
                "a.html", "<img src=\"/x.png\">\n<p id=\"x\"></p><p id=\"x\"></p>",
                "b.html", "<script src=\"https://cdn.example.org/x.js\"></script><a href=\"a.html#y\">a</a>",
                "x.png", "png");

        assertThat(found).extracting(Diagnostic::position).containsExactly(
                at("a.html", 1, 1), at("a.html", 1, 11), at("a.html", 2, 22),
                at("b.html", 1, 14), at("b.html", 1, 62));
        assertThat(found).extracting(Diagnostic::message).satisfiesExactly(
                m -> assertThat(m).contains("without an alt attribute"),
                m -> assertThat(m).contains("root-relative"),
                m -> assertThat(m).contains("second element with id 'x'"),
                m -> assertThat(m).contains("from another host"),
                m -> assertThat(m).contains("a.html has no element with id 'y'"));
    }
}
