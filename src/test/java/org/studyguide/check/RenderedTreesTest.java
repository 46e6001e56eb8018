package org.studyguide.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.studyguide.diag.Diagnostic;
import org.studyguide.diag.Diagnostics;
import org.studyguide.model.Position;
import org.studyguide.render.PassedPage;
import org.studyguide.render.SiteFiles;

/**
 * The checker given the render stage's trees instead of parsing the pages again: the same problems,
 * at the author's line for what came from Markdown and at the line and column of the published page
 * for what a template wrote, with the source marks gone from the page.
 */
class RenderedTreesTest {
    private static final String PAGE = """
            <!DOCTYPE html><html lang="en"><head><title>T</title></head><body>
            <p id="x">one</p>
            <p id="x">two</p>
            <a href="missing.html">m</a> <a data-sg-source="7:3:content/chapters/a.md" href="#nowhere">n</a>
            <img src="i.png"> <style>p { background: url(gone.png); }</style>
            </body></html>""";

    @Test
    void problemsAreFoundAtTheSamePlacesAsInAParsedPage() {
        Document tree = Jsoup.parse(PAGE);
        tree.outputSettings().prettyPrint(false).charset(StandardCharsets.UTF_8);
        PassedPage passed = PassedPage.of("a.html", tree);
        String published = new String(passed.bytes(), StandardCharsets.UTF_8);
        assertThat(published).doesNotContain("data-sg-source");

        SiteChecker checker = new SiteChecker();
        checker.reader(Optional.empty(), CheckRun.ROOT).accept(passed);
        Diagnostics diagnostics = new Diagnostics();
        checker.check(SiteFiles.of(Map.of("a.html", passed.bytes(), "i.png", new byte[0])), Optional.empty(),
                CheckRun.ROOT, diagnostics);
        List<Diagnostic> fromTree = diagnostics.sorted();

        // The same page as published, parsed by the checker: the same places, but for the marked link,
        // which the published page no longer says came from Markdown.
        List<Diagnostic> parsed = CheckRun.check("a.html", published, "i.png", "");
        Position duplicateId = CheckRun.at("a.html", 3, 8);
        Position missingFile = CheckRun.at("a.html", 4, 10);
        Position image = CheckRun.at("a.html", 5, 1);
        Position cssUrl = CheckRun.at("a.html", 5, 46);
        assertThat(positions(fromTree)).containsExactly(
                new Position(Path.of("content/chapters/a.md"), 7, 3), duplicateId, missingFile, image, cssUrl);
        assertThat(positions(parsed)).containsExactly(duplicateId, missingFile, CheckRun.at("a.html", 4, 39), image, cssUrl);
        assertThat(fromTree.get(1)).isEqualTo(parsed.get(0));
    }

    @Test
    void aCheckerForOneBuildKeepsNoPageTextAndReadsThePageAgainForAPlace() {
        Document tree = Jsoup.parse("<!DOCTYPE html><html lang=\"en\"><head><title>T</title></head><body>\n"
                + "<a href=\"missing.html\">m</a>\n</body></html>");
        tree.outputSettings().prettyPrint(false).charset(StandardCharsets.UTF_8);
        PassedPage passed = PassedPage.of("a.html", tree);
        SiteChecker checker = SiteChecker.forOneBuild();
        checker.reader(Optional.empty(), CheckRun.ROOT).accept(passed);

        // The site holds the page with a line more at the top: the places found are those of the
        // text read from the site, so the checker held none of the text it was handed.
        byte[] shifted = ("\n" + new String(passed.bytes(), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        Diagnostics diagnostics = new Diagnostics();
        checker.check(SiteFiles.of(Map.of("a.html", shifted)), Optional.empty(), CheckRun.ROOT, diagnostics);

        assertThat(positions(diagnostics.sorted())).containsExactly(CheckRun.at("a.html", 3, 10));
    }

    private static List<Position> positions(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(Diagnostic::position).toList();
    }
}
