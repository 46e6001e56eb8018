package org.studyguide.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.studyguide.check.CheckRun.at;
import static org.studyguide.check.CheckRun.check;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.studyguide.diag.Diagnostic;

class UniqueIdsTest {

    @Test
    void reportsTheSecondOccurrenceAndTheLineOfTheFirst() {
        List<Diagnostic> found = check("chapters/a.html", """
                <h2 id="intro">Introduction</h2>
                <p id="p1">text</p>
                <section>
                  <h3 id="intro">Again</h3>
                </section>
                """);

        assertThat(found).containsExactly(Diagnostic.error(at("chapters/a.html", 4, 11),
                "page chapters/a.html has a second element with id 'intro' (the first is on line 1)",
                "ids must be unique within a page; rename one of them"));
    }

    @Test
    void anAnchorNameLikeAnIdIsNoSecondIdButARepeatedIdAfterItIsReported() {
        // The page's anchors are gathered once (Page), noting whether an id came again: a name the same
        // as an id sends the page to the full look, which tells the two apart.
        assertThat(check("a.html", "<a name=\"x\">x</a> <p id=\"x\">x</p>")).isEmpty();
        assertThat(check("a.html", "<p id=\"x\">x</p> <a name=\"x\">x</a>")).isEmpty();
        assertThat(check("a.html", "<a name=\"y\">y</a> <p id=\"y\">y</p> <p id=\"z\">z</p> <p id=\"z\">z</p>"))
                .extracting(Diagnostic::message).containsExactly(
                        "page a.html has a second element with id 'z' (the first is on line 1)");
        assertThat(check("a.html", "<p id=\"\">x</p> <p id=\"\">y</p>")).as("empty ids are not ids").isEmpty();
    }

    @Test
    void acceptsTheSameIdOnDifferentPages() {
        List<Diagnostic> found = check("a.html", "<h2 id=\"intro\">a</h2>", "b.html", "<h2 id=\"intro\">b</h2>");

        assertThat(found).isEmpty();
    }
}
