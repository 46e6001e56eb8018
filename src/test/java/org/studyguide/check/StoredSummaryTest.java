package org.studyguide.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.studyguide.diag.Diagnostic;
import org.studyguide.diag.Diagnostics;
import org.studyguide.render.PageReader;
import org.studyguide.render.PassedPage;
import org.studyguide.render.SiteFiles;

/**
 * A page's summary as the page cache keeps it: restored in another build, it gives the checks the
 * same anchors and references, each problem at the same place; a page with problems of its own is
 * not kept; and damaged bytes are refused, never half read.
 */
class StoredSummaryTest {
    /** A reference of every kind of place: template-written, authored, in CSS, in a srcset. */
    private static final String PAGE = """
            <!DOCTYPE html><html lang="en"><head><title>T</title>
            <style>p { background: url(gone.png); }</style></head><body>
            <p id="here" style="color: red; background: url(lost.png)">one</p>
            <a href="missing.html">m</a> <a data-sg-source="7:3:content/chapters/a.md" href="#nowhere">n</a>
            <a href="#here">here</a> <img alt="x" src="i.png" srcset="i.png 1x, absent.png 2x">
            </body></html>""";

    @Test
    void aRestoredPageGivesTheSameProblemsAtTheSamePlaces() {
        PassedPage passed = passed(PAGE);
        SiteFiles site = SiteFiles.of(Map.of("a.html", passed.bytes(), "i.png", new byte[0]));
        SiteChecker reading = SiteChecker.forOneBuild();
        byte[] summary = reading.reader(Optional.empty(), CheckRun.ROOT).read(passed).orElseThrow();
        SiteChecker restoring = SiteChecker.forOneBuild();
        boolean restored = restoring.reader(Optional.empty(), CheckRun.ROOT).restore("a.html", passed.bytes(), summary);

        List<Diagnostic> read = check(reading, site);
        List<Diagnostic> fromSummary = check(restoring, site);

        assertThat(restored).isTrue();
        for (String url : List.of("gone.png", "lost.png", "absent.png", "missing.html", "nowhere")) {
            assertThat(read).extracting(Diagnostic::message).anySatisfy(m -> assertThat(m).contains(url));
        }
        assertThat(fromSummary).isEqualTo(read);
    }

    @Test
    void aPageWithProblemsOfItsOwnIsNotKept() {
        PassedPage passed = passed(PAGE.replace("<a href=\"#here\">", "<p id=\"here\"></p><a href=\"#here\">"));
        assertThat(SiteChecker.forOneBuild().reader(Optional.empty(), CheckRun.ROOT).read(passed)).isEmpty();
    }

    @Test
    void damagedSummariesAreRefused() {
        PassedPage passed = passed(PAGE);
        byte[] summary = SiteChecker.forOneBuild().reader(Optional.empty(), CheckRun.ROOT).read(passed).orElseThrow();
        PageReader reader = SiteChecker.forOneBuild().reader(Optional.empty(), CheckRun.ROOT);
        for (int length = 0; length < summary.length; length++) {
            assertThat(reader.restore("a.html", passed.bytes(), Arrays.copyOf(summary, length))).as("cut at " + length)
                    .isFalse();
        }
        assertThat(reader.restore("a.html", passed.bytes(), Arrays.copyOf(summary, summary.length + 1))).isFalse();
        Random random = new Random(13);
        for (int i = 0; i < 2_000; i++) {
            byte[] garbage = summary.clone();
            garbage[random.nextInt(garbage.length)] = (byte) random.nextInt(256);
            reader.restore("a.html", passed.bytes(), garbage); // refused or read, but never thrown
        }
    }

    private static PassedPage passed(String html) {
        Document tree = Jsoup.parse(html);
        tree.outputSettings().prettyPrint(false).charset(StandardCharsets.UTF_8);
        return PassedPage.of("a.html", tree);
    }

    private static List<Diagnostic> check(SiteChecker checker, SiteFiles site) {
        Diagnostics diagnostics = new Diagnostics();
        checker.check(site, Optional.empty(), CheckRun.ROOT, diagnostics);
        return diagnostics.sorted();
    }
}
