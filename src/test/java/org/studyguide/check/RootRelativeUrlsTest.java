package org.studyguide.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.studyguide.check.CheckRun.at;
import static org.studyguide.check.CheckRun.check;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.studyguide.diag.Diagnostic;

class RootRelativeUrlsTest {

    @Test
    void reportsRootRelativeLinkWithTheRelativeEquivalent() {
        List<Diagnostic> found = check(
                "chapters/a.html", "<a href=\"/glossary.html#NRC\">NRC</a>",
                "glossary.html", "<dfn id=\"NRC\">NRC</dfn>");

        assertThat(found).containsExactly(Diagnostic.error(at("chapters/a.html", 1, 10),
                "page chapters/a.html links to '/glossary.html#NRC', a root-relative URL that breaks when"
                        + " the site is served under a sub-path or opened from disk",
                "use a relative link: '../glossary.html#NRC'"));
    }

    @Test
    void suggestsTheIndexPageForTheRoot() {
        List<Diagnostic> found = check(
                "chapters/a.html", "<link rel=\"stylesheet\" href=\"/assets/site.css\"><a href=\"/\">home</a>",
                "assets/site.css", "p {}",
                "index.html", "<p>home</p>");

        assertThat(found).extracting(d -> d.hint().orElseThrow()).containsExactly(
                "use a relative link: '../assets/site.css'", "use a relative link: '../index.html'");
    }

    @Test
    void reportsProtocolRelativeLinksToOtherSites() {
        List<Diagnostic> found = check("a.html", "<a href=\"//example.org/nato\">NATO</a>");

        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.position()).isEqualTo(at("a.html", 1, 10));
            assertThat(d.message()).isEqualTo("page a.html links to '//example.org/nato', a protocol-relative URL"
                    + " that breaks when the site is opened from disk");
            assertThat(d.hint()).contains("write the scheme: 'https://example.org/nato'");
        });
    }

    @Test
    void acceptsRelativeAndOtherSchemeLinks() {
        List<Diagnostic> found = check(
                "a.html", "<a href=\"b.html\">b</a> <a href=\"mailto:x@example.org\">mail</a>"
                        + " <a href=\"https://www.nato.int/\">NATO</a>",
                "b.html", "<p>b</p>");

        assertThat(found).isEmpty();
    }
}
