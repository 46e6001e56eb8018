package org.studyguide.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studyguide.diag.Diagnostic;
import org.studyguide.testing.BuiltGuide;
import org.studyguide.testing.GuideFixture;

/** Events referenced in prose are named by their short label, or a short form of a long title. */
class EventLabelsTest {
    static final String EVENTS = GuideFixture.TIMELINE + """
            - id: long-2001
              date: "2001-12-13"
              title: United States gives notice of withdrawal from the ABM Treaty
              text: A long title without a label.
            - id: labelled-2004
              date: "2004-03-29"
              title: Seven states, including the Baltic states, join NATO
              label: the 2004 enlargement
              text: A long title with a label.
            """;

    static final String FIRST = GuideFixture.FIRST
            + "\nLater: [[event:long-2001]], [[event:labelled-2004]] and [[event:labelled-2004|in my words]].\n";

    @TempDir
    Path root;

    @Test
    void proseNamesAnEventByItsLabelOrAShortFormOfItsTitle() {
        BuiltGuide built = GuideFixture.in(root).file("timeline.yml", EVENTS).file("chapters/first.md", FIRST)
                .build().assertClean();
        Document chapter = built.page("chapters/first.html");
        assertThat(chapter.select(".chapter-body a.ref-event").eachText()).containsExactly(
                "NRC founded", "2001: United States gives notice…", "the 2004 enlargement", "in my words");
        Document timeline = built.page("timeline.html");
        assertThat(timeline.select("#labelled-2004 h3").text()).isEqualTo("Seven states, including the Baltic states, join NATO");
        assertThat(timeline.select("#long-2001 h3").text()).isEqualTo("United States gives notice of withdrawal from the ABM Treaty");
    }

    private Diagnostic onlyError(String label) {
        String timeline = GuideFixture.TIMELINE + """
                - id: bad-2003
                  date: "2003"
                  title: An event
                  label: %s
                  text: Its text.
                """.formatted(label);
        BuiltGuide built = GuideFixture.in(root).file("timeline.yml", timeline).build();
        return built.onlyPlainError();
    }

    @Test
    void aLabelLongerThanFortyCharactersIsAnErrorAtItsPlace() {
        Diagnostic d = onlyError("x".repeat(41));
        assertThat(BuiltGuide.where(root, d)).isEqualTo("content/timeline.yml:16:10");
        assertThat(d.message()).isEqualTo("the event's label is 41 characters long, more than 40");
        assertThat(d.hint().orElseThrow()).contains("shorten it");
    }

    @Test
    void anEmptyLabelIsAnErrorAtItsPlace() {
        Diagnostic d = onlyError("\"\"");
        assertThat(BuiltGuide.where(root, d)).isEqualTo("content/timeline.yml:16:10");
        assertThat(d.message()).isEqualTo("'label' is empty");
    }
}
