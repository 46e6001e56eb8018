package org.studyguide.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studyguide.diag.DiagnosticPrinter;
import org.studyguide.publish.PublishException;

/** Builds the real guide in {@code content/} with the project's templates and checks the whole site. */
class RealGuideTest {
    private static final Path PROJECT = Path.of(System.getProperty("project.basedir", ".")).toAbsolutePath();

    @TempDir
    static Path out;

    private static BuildResult result;

    @BeforeAll
    static void build() throws PublishException {
        result = GuideBuild.build(new BuildOptions(PROJECT.resolve("content"),
                Optional.of(PROJECT.resolve("templates")), out.resolve("site"), readings()));
    }

    /** The readings' texts beside the project (as CI has them), to verify every quotation. */
    private static Optional<Path> readings() {
        return Optional.of(PROJECT.resolveSibling("shared").resolve("sources")).filter(Files::isDirectory);
    }

    @Test
    void everyQuotationIsVerifiedWhenTheReadingsArePresent() {
        org.junit.jupiter.api.Assumptions.assumeTrue(readings().isPresent(),
                "the readings are not beside the project (../shared/sources); quotations not verified");
        assertThat(result.verified()).contains(result.quotes());
    }

    private static Document page(String path) throws IOException {
        return Jsoup.parse(out.resolve("site").resolve(path).toFile(), StandardCharsets.UTF_8.name());
    }

    @Test
    void buildsWithoutErrorsOrWarnings() {
        assertThat(result.diagnostics())
                .as(() -> new DiagnosticPrinter().format(result.diagnostics()))
                .isEmpty();
        assertThat(result.published()).isTrue();
    }

    @Test
    void hasTheStarterContent() throws IOException {
        Document glossary = page("glossary.html");
        for (String term : List.of("CSTO", "PJC", "NRC", "ABM", "CFE")) {
            assertThat(glossary.getElementById(term)).as(term).isNotNull();
        }
        assertThat(glossary.select(".term-entry")).hasSizeGreaterThanOrEqualTo(10);
        assertThat(page("quotes.html").select(".quote-card")).hasSizeGreaterThanOrEqualTo(10);
        assertThat(page("timeline.html").select(".event")).hasSizeGreaterThanOrEqualTo(5);
        assertThat(page("sources.html").select("article.source")).hasSize(5);
        assertThat(page("index.html").select(".chapter-list li")).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void everyChapterEmbedsQuotationsAndMarksAcronyms() throws IOException {
        List<Path> chapters;
        try (Stream<Path> files = Files.list(out.resolve("site/chapters"))) {
            chapters = files.sorted().toList();
        }
        assertThat(chapters).hasSizeGreaterThanOrEqualTo(2);
        for (Path file : chapters) {
            Document chapter = Jsoup.parse(file.toFile(), StandardCharsets.UTF_8.name());
            assertThat(chapter.select(".chapter-body figure.quote")).as(file.toString()).isNotEmpty();
            assertThat(chapter.select(".chapter-body abbr[title]")).as(file.toString()).isNotEmpty();
            assertThat(chapter.select(".questions details.answer")).as(file.toString()).hasSizeGreaterThanOrEqualTo(5);
        }
    }
}
