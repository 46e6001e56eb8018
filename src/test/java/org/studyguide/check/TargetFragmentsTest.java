package org.studyguide.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.studyguide.check.CheckRun.at;
import static org.studyguide.check.CheckRun.check;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.studyguide.diag.Diagnostic;

class TargetFragmentsTest {

    @Test
    void acceptsFragmentsThatNameAnIdOrAnAnchorName() {
        List<Diagnostic> found = check(
                "chapters/a.html", """
                        <h2 id="intro">Intro</h2>
                        <a href="../glossary.html#NRC">NRC</a> <a href="../glossary.html#old">old</a>
                        <a href="#intro">up</a> <a href="#">top</a> <a href="#top">top</a>
                        <a href="../glossary.html#top">glossary</a> <a href="../notes.pdf#page=2">pdf</a>
                        """,
                "glossary.html", "<dfn id=\"NRC\">NRC</dfn> <a name=\"old\"></a>",
                "notes.pdf", "%PDF");

        assertThat(found).isEmpty();
    }

    @Test
    void reportsFragmentMissingInTheTargetPage() {
        List<Diagnostic> found = check(
                "chapters/a.html", "<p>\n<a href=\"../glossary.html#NCR\">NCR</a></p>",
                "glossary.html", "<dfn id=\"NRC\">NRC</dfn>");

        assertThat(found).containsExactly(Diagnostic.error(at("chapters/a.html", 2, 10),
                "page chapters/a.html links to '../glossary.html#NCR' but glossary.html has no element with id 'NCR'",
                "did you mean 'NRC'?"));
    }

    @Test
    void reportsFragmentMissingInTheSamePage() {
        List<Diagnostic> found = check("a.html", "<h2 id=\"intro\">x</h2>\n<a href=\"#conclusion\">end</a>");

        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.position()).isEqualTo(at("a.html", 2, 10));
            assertThat(d.message()).isEqualTo(
                    "page a.html links to '#conclusion' but has no element with id 'conclusion'");
            assertThat(d.hint()).contains(
                    "add id=\"conclusion\" to the element the link should land on, or fix the link");
        });
    }

    @Test
    void decodesPercentEncodedFragments() {
        List<Diagnostic> found = check(
                "a.html", "<h2 id=\"café au lait\">x</h2><a href=\"#caf%C3%A9%20au%20lait\">ok</a>"
                        + "<a href=\"b.html#%C3%A9t%C3%A9\">wrong</a>",
                "b.html", "<h2 id=\"ete\">x</h2>");

        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.position()).isEqualTo(at("a.html", 1, 77));
            assertThat(d.message()).isEqualTo(
                    "page a.html links to 'b.html#%C3%A9t%C3%A9' but b.html has no element with id 'été'");
        });
    }

    @Test
    void leavesMissingTargetFilesToTheFileCheck() {
        List<Diagnostic> found = check("a.html", "<a href=\"gone.html#x\">gone</a>");

        assertThat(found).singleElement()
                .satisfies(d -> assertThat(d.message()).endsWith("but there is no file gone.html in the site"));
    }
}
