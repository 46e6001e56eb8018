package org.studyguide.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.studyguide.diag.Diagnostic;
import org.studyguide.testing.BuiltGuide;
import org.studyguide.testing.GuideFixture;

/** Every address written into a page passes the scheme allow-list, however it is spelt. */
class UnsafeUrlsTest {
    @TempDir
    Path root;

    private String where(Diagnostic d) {
        return root.relativize(d.position().file()) + ":" + d.position().line() + ":" + d.position().column();
    }

    private static final String LINE_9 = "\n";

    @ParameterizedTest
    @ValueSource(strings = {"[x](JaVaScRiPt:alert(1))", "[x](vbscript:msgbox(1))", "![x](data:text/html,<script>alert(1)</script>)",
        "[x](&#106;avascript:alert(1))", "[x](java&#x09;script:alert(1))", "<javascript:alert(1)>", "[x][r]\n\n[r]: javascript:alert(1)",
        "[x](\n  JAVASCRIPT:alert(1))"})
    void markdownLinksWithARefusedSchemeAreErrorsAtTheirPlace(String link) {
        BuiltGuide built = GuideFixture.in(root).file("chapters/second.md", GuideFixture.SECOND + LINE_9 + link + "\n").build();
        assertThat(built.result().published()).isFalse();
        Diagnostic d = built.onlyError();
        assertThat(where(d)).startsWith("content/chapters/second.md:");
        assertThat(d.position().line()).isGreaterThanOrEqualTo(10);
        assertThat(d.message()).contains("scheme").containsAnyOf("'javascript:'", "'vbscript:'", "'data:'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"[x](https://example.org)", "[x](mailto:someone@example.org)", "[x](first.html#beginnings)",
        "<https://example.org/a>"})
    void allowedLinksBuild(String link) {
        BuiltGuide built = GuideFixture.in(root).file("chapters/second.md", GuideFixture.SECOND + LINE_9 + link + "\n").build();
        assertThat(built.errors()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JAVASCRIPT:alert(1)", "' javascript:alert(1)'", "data:text/html;base64,PHNjcmlwdD4="})
    void sourceUrlsWithARefusedSchemeAreErrorsAtTheValue(String url) {
        BuiltGuide built = GuideFixture.in(root).file("sources.yml", GuideFixture.SOURCES + "  url: " + url + "\n").build();
        Diagnostic d = built.onlyError();
        assertThat(where(d)).isEqualTo("content/sources.yml:7:8");
        assertThat(d.message()).startsWith("'url': a link with the scheme");
    }

    @ParameterizedTest
    @ValueSource(strings = {"JaVaScRiPt:alert(1)", "vbscript:x"})
    void repositoryWithARefusedSchemeIsAnErrorAtTheValue(String url) {
        BuiltGuide built = GuideFixture.in(root).file("guide.yml",
                GuideFixture.GUIDE.replace("repository: https://example.org/repo", "repository: " + url)).build();
        Diagnostic d = built.onlyError();
        assertThat(where(d)).isEqualTo("content/guide.yml:6:13");
    }
}
