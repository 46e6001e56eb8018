package org.studyguide.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.studyguide.check.CheckRun.at;
import static org.studyguide.check.CheckRun.check;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.studyguide.diag.Diagnostic;

class OtherHostsTest {

    @Test
    void reportsProtocolRelativeScript() {
        List<Diagnostic> found = check("index.html", "<head>\n  <script src=\"//cdn.example.org/lib.js\"></script>");

        assertThat(found).containsExactly(Diagnostic.error(at("index.html", 2, 16),
                "page index.html loads '//cdn.example.org/lib.js' from another host",
                "copy the file into the site (for example under assets/) and refer to it with a relative"
                        + " path: the site must work offline and make no requests to other hosts"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<link rel=\"stylesheet\" href=\"https://fonts.example.org/css\">",
        "<link rel=\"preconnect\" href=\"https://fonts.example.org\">",
        "<link rel=\"alternate stylesheet\" href=\"https://x.example.org/dark.css\">",
        "<img alt=\"map\" src=\"https://maps.example.org/map.png\">",
        "<img alt=\"map\" srcset=\"HTTP://maps.example.org/map.png 2x\">",
        "<picture><source srcset=\"https://x.example.org/a.webp\"></picture>",
        "<video src=\"https://x.example.org/v.mp4\"></video>",
        "<video poster=\"https://x.example.org/p.png\"></video>",
        "<audio><source src=\"https://x.example.org/a.mp3\"></audio>",
        "<iframe src=\"https://www.youtube.com/embed/x\"></iframe>",
        "<object data=\"https://x.example.org/o.svg\"></object>",
        "<embed src=\"https://x.example.org/e.swf\">",
        "<p style=\"background: url(https://x.example.org/bg.png)\">x</p>",
        "<style>@import 'https://x.example.org/more.css';</style>",
    })
    void reportsEveryKindOfResourceFromAnotherHost(String html) {
        List<Diagnostic> found = check("index.html", html);

        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.message()).startsWith("page index.html loads '").endsWith("' from another host");
            assertThat(d.position().line()).isEqualTo(1);
        });
    }

    @Test
    void reportsCssUrlToAnotherHostInAStylesheetAtItsPosition() {
        List<Diagnostic> found = check("assets/site.css", "body {\n  font-family: serif;\n"
                + "  background: url( \"https://x.example.org/paper.png\" );\n}\n");

        assertThat(found).containsExactly(Diagnostic.error(at("assets/site.css", 3, 21),
                "stylesheet assets/site.css loads 'https://x.example.org/paper.png' from another host",
                "copy the file into the site (for example under assets/) and refer to it with a relative"
                        + " path: the site must work offline and make no requests to other hosts"));
    }

    @Test
    void reportsCssInStyleElementsAndAttributesAtTheirPositions() {
        List<Diagnostic> found = check("index.html", """
                <style>
                  h1 { background: URL(//x.example.org/h.png) }
                </style>
                <p style="color: red;
                   background-image: url('https://x.example.org/p.png')">x</p>
                """);

        assertThat(found).extracting(Diagnostic::position)
                .containsExactly(at("index.html", 2, 24), at("index.html", 5, 27));
    }

    @Test
    void allowsLinksAndCitationsToOtherSites() {
        List<Diagnostic> found = check("index.html", """
                <link rel="canonical" href="https://guide.example.org/">
                <link rel="alternate" type="application/rss+xml" href="https://guide.example.org/feed.xml">
                <link rel="license" href="https://creativecommons.org/licenses/by/4.0/">
                <a href="https://www.nato.int/cps/en/natohq/official_texts_25468.htm">Founding Act</a>
                <blockquote cite="https://example.org/speech">...</blockquote>
                <img alt="" src="data:image/png;base64,iVBORw0KGgo=">
                """);

        assertThat(found).isEmpty();
    }
}
