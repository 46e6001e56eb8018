package org.studyguide.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studyguide.diag.Diagnostic;
import org.studyguide.testing.BuiltGuide;
import org.studyguide.testing.GuideFixture;

/** Mistakes in guide.yml's timelinePeriods, each reported at its place. */
class TimelinePeriodsTest {
    @TempDir
    Path root;

    private Diagnostic onlyError(String periods) {
        BuiltGuide built = GuideFixture.in(root).file("guide.yml", GuideFixture.GUIDE.replace("parts:", periods)).build();
        assertThat(built.result().published()).isFalse();
        return built.onlyError();
    }

    private String where(Diagnostic d) {
        return root.relativize(d.position().file()) + ":" + d.position().line() + ":" + d.position().column();
    }

    @Test
    void aYearMustHaveFourDigits() {
        Diagnostic d = onlyError("""
                timelinePeriods:
                  - from: 199x
                    title: The nineties
                parts:""");
        assertThat(where(d)).isEqualTo("content/guide.yml:10:11");
        assertThat(d.message()).isEqualTo("invalid year '199x' in a timeline period");
        assertThat(d.hint().orElseThrow()).contains("four digits");
    }

    @Test
    void periodsMustBeInTimeOrder() {
        Diagnostic d = onlyError("""
                timelinePeriods:
                  - from: 2000
                    title: A new century
                  - from: 1990
                    title: The nineties
                parts:""");
        assertThat(where(d)).isEqualTo("content/guide.yml:12:11");
        assertThat(d.message()).isEqualTo("timeline period starting in 1990 does not come after the one starting in 2000");
    }

    @Test
    void aPeriodNeedsATitleAndKnownKeys() {
        BuiltGuide built = GuideFixture.in(root).file("guide.yml", GuideFixture.GUIDE.replace("parts:", """
                timelinePeriods:
                  - from: 1990
                    titel: The nineties
                parts:""")).build();
        assertThat(built.errors()).extracting(Diagnostic::message)
                .containsExactlyInAnyOrder("unknown key 'titel' in timeline period entry", "timeline period entry has no 'title'");
    }
}
