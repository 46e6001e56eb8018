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
class RealGuideIT {
    private static final Path PROJECT = Path.of(System.getProperty("project.basedir", ".")).toAbsolutePath();
    /** The five readings' ids; every other entry of sources.yml is a document. */
    private static final List<String> READINGS = List.of("great-expectations", "medvedev-and-nato",
            "mid-term-perspectives", "russia-nato-xxi-century", "space-for-dialogue");

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

    /** Without the readings, the one warning is that the quotations were not verified. */
    @Test
    void buildsWithoutErrorsOrWarnings() {
        assertThat(result.diagnostics())
                .as(() -> new DiagnosticPrinter().format(result.diagnostics()))
                .hasSize(readings().isPresent() ? 0 : 1)
                .allSatisfy(d -> assertThat(d.message()).startsWith("the quotations were not verified"));
        assertThat(result.published()).isTrue();
    }

    @Test
    void theGuideHasItsThreePartsAndFourteenChapters() throws IOException {
        Document home = page("index.html");
        assertThat(home.select("section.part h2").eachText())
                .containsExactly("Part I: The readings", "Part II: Themes", "Part III: Review");
        assertThat(home.select("section.part").get(0).select(".chapter-list a").eachAttr("href")).containsExactly(
                "chapters/great-expectations.html", "chapters/medvedev-and-nato.html",
                "chapters/mid-term-perspectives.html", "chapters/russia-nato-xxi-century.html",
                "chapters/space-for-dialogue.html");
        assertThat(home.select("section.part").get(1).select(".chapter-list li")).hasSize(8);
        assertThat(home.select("section.part").get(1).select(".chapter-list a").eachAttr("href"))
                .contains("chapters/crimea-to-2021.html");
        assertThat(home.select("section.part").get(2).select(".chapter-list li")).hasSize(1);
    }

    @Test
    void glossaryHasAtLeastFiftyTermsIncludingTheCoreOnes() throws IOException {
        Document glossary = page("glossary.html");
        assertThat(glossary.select(".term-entry")).hasSizeGreaterThanOrEqualTo(50);
        for (String term : List.of("CSTO", "PJC", "NRC", "ABM", "CFE", "NATO", "NACC", "EAPC", "PfP", "OSCE", "CIS",
                "NMD", "KFOR", "SFOR", "START", "ICBM", "WMD", "BRICS", "G8", "founding-act", "article-5",
                "strategic-concept", "european-security-treaty", "near-abroad", "bucharest-summit", "lisbon-summit",
                "military-doctrine-2010", "magnitsky-act", "orange-revolution", "rose-revolution",
                "privileged-interests")) {
            assertThat(glossary.getElementById(term)).as(term).isNotNull();
        }
        assertThat(glossary.select(".term-entry")).allSatisfy(entry -> {
            assertThat(entry.select("dd > p").first()).as(entry.id()).isNotNull();
            assertThat(entry.select(".readings a")).as(entry.id() + " readings").isNotEmpty();
            assertThat(entry.select(".related a")).as(entry.id() + " related").isNotEmpty();
        });
    }

    @Test
    void everyReadingHasAtLeastTenQuotationsAndEveryQuotationIsUsedByAChapter() throws IOException {
        Document quotes = page("quotes.html");
        assertThat(quotes.select(".quote-card")).hasSizeGreaterThanOrEqualTo(80);
        assertThat(quotes.select(".quote-group")).hasSize(5)
                .allSatisfy(group -> assertThat(group.select(".quote-card")).hasSizeGreaterThanOrEqualTo(10));
        assertThat(quotes.select(".quote-card")).allSatisfy(card -> assertThat(
                card.select(".backlinks a[href^=chapters/]")).as(card.id()).isNotEmpty());
    }

    @Test
    void timelineHasAtLeastEightyEventsFrom1989To2021AllReferenced() throws IOException {
        Document timeline = page("timeline.html");
        assertThat(timeline.select(".event")).hasSizeGreaterThanOrEqualTo(80);
        assertThat(timeline.select(".event time").eachAttr("datetime").stream().filter(date -> date.compareTo("2014-03") >= 0))
                .as("events from Crimea to the end of 2021").hasSizeGreaterThanOrEqualTo(20);
        assertThat(timeline.select("time").eachAttr("datetime"))
                .allSatisfy(date -> assertThat(date.substring(0, 4)).isBetween("1989", "2021"));
        assertThat(timeline.select(".event")).allSatisfy(event -> {
            assertThat(event.select(".backlinks a, .see-also a")).as(event.id()).isNotEmpty();
            assertThat(event.select(".readings a")).as(event.id() + " readings").isNotEmpty();
        });
    }

    @Test
    void everyReadingIsUsedByChapters() throws IOException {
        assertThat(page("sources.html").select("#readings-title ~ article.source")).hasSize(5).allSatisfy(source ->
                assertThat(source.select(".backlinks a[href^=chapters/]")).as(source.id()).isNotEmpty());
    }

    @Test
    void theDocumentsAreListedBesideTheReadings() throws IOException {
        assertThat(page("sources.html").select("article.source")).as("readings and documents")
                .hasSizeGreaterThanOrEqualTo(READINGS.size() + 35);
    }

    @Test
    void chaptersCorrectTheReadingsAndMarkWhatLiesBeyondThem() throws IOException {
        int callouts = 0;
        for (Path file : chapterFiles()) {
            callouts += Jsoup.parse(file.toFile(), StandardCharsets.UTF_8.name()).select("aside.callout").size();
        }
        assertThat(callouts).isGreaterThanOrEqualTo(24);
        for (String reading : READINGS) {
            Document chapter = page("chapters/" + reading + ".html");
            assertThat(chapter.select("aside.callout--correction")).as(reading + " reading critically").isNotEmpty();
            assertThat(chapter.select("aside.callout--correction a[href^=../sources.html#]"))
                    .as(reading + " corrections cite a document").isNotEmpty();
        }
        assertThat(page("chapters/crimea-to-2021.html").select("aside.callout--context")).hasSizeGreaterThanOrEqualTo(4);
    }

    @Test
    void everyChapterMeetsTheStandard() throws IOException {
        for (Path file : chapterFiles()) {
            Document chapter = Jsoup.parse(file.toFile(), StandardCharsets.UTF_8.name());
            String name = file.getFileName().toString();
            assertThat(chapter.select(".summary").text()).as(name).isNotBlank();
            assertThat(chapter.select(".objectives li")).as(name + " objectives").hasSizeBetween(3, 5);
            assertThat(proseWords(chapter)).as(name + " words").isBetween(600, 1200);
            assertThat(chapter.select(".chapter-body figure.quote")).as(name + " embeds").hasSizeGreaterThanOrEqualTo(4);
            assertThat(chapter.select(".questions details.answer")).as(name + " questions").hasSizeGreaterThanOrEqualTo(5);
            if (chapter.select(".part-name").text().equals("Themes")) {
                assertThat(chapter.select(".chapter-body figure.quote blockquote").eachAttr("cite").stream().distinct())
                        .as(name + " readings quoted").hasSizeGreaterThanOrEqualTo(2);
            }
        }
    }

    /**
     * What a reader downloads for a chapter: the page with its styles and scripts, compressed as
     * GitHub Pages and other static hosts serve them (gzip). The raw HTML grew with the study aids
     * (essays, explained quotations), which compress well; the budget is on the bytes transferred.
     */
    @Test
    void everyChapterWithItsStylesAndScriptsTransfersUnderThirtyKilobytes() throws IOException {
        for (Path file : chapterFiles()) {
            Document chapter = Jsoup.parse(file.toFile(), StandardCharsets.UTF_8.name());
            long bytes = gzipped(file);
            for (org.jsoup.nodes.Element asset : chapter.select("link[rel=stylesheet], link[rel=icon], script[src]")) {
                String url = asset.hasAttr("src") ? asset.attr("src") : asset.attr("href");
                bytes += gzipped(file.getParent().resolve(url).normalize());
            }
            assertThat(bytes).as(file.getFileName() + " with its CSS and JavaScript, gzipped").isLessThan(30 * 1024);
        }
    }

    private static long gzipped(Path file) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream gzip = new java.util.zip.GZIPOutputStream(out)) {
            gzip.write(Files.readAllBytes(file));
        }
        return out.size();
    }

    /**
     * Words of the chapter's own prose: its body without embedded quotations and without the
     * labels of inline quotation links, which are the reading's words rather than the guide's, and
     * without the explanations under embedded quotations, which belong to the quotation (they are
     * written once in quotes.yml and shown wherever it is embedded), and without the margin notes,
     * which repeat a term's expansion, a quotation's context or a footnote.
     */
    private static int proseWords(Document chapter) {
        org.jsoup.nodes.Element body = chapter.selectFirst(".chapter-body").clone();
        body.select("figure, a.ref-quote, details.quote-explanation, .margin-note").remove();
        String text = body.text().strip();
        return text.isEmpty() ? 0 : text.split("\\s+").length;
    }

    private static List<Path> chapterFiles() throws IOException {
        try (Stream<Path> files = Files.list(out.resolve("site/chapters"))) {
            return files.sorted().toList();
        }
    }

    @Test
    void everyChapterEmbedsQuotationsAndMarksAcronyms() throws IOException {
        List<Path> chapters = chapterFiles();
        assertThat(chapters).hasSize(14);
        for (Path file : chapters) {
            Document chapter = Jsoup.parse(file.toFile(), StandardCharsets.UTF_8.name());
            assertThat(chapter.select(".chapter-body figure.quote")).as(file.toString()).isNotEmpty();
            assertThat(chapter.select(".chapter-body abbr[title]")).as(file.toString()).isNotEmpty();
            assertThat(chapter.select(".questions details.answer")).as(file.toString()).hasSizeGreaterThanOrEqualTo(5);
        }
    }

    @Test
    void whosWhoHasAtLeastThirtyPeopleInThreeGroupsWithBothIvanovs() throws IOException {
        Document people = page("people.html");
        assertThat(people.select(".people-group")).hasSize(3);
        assertThat(people.select(".person-entry")).hasSizeGreaterThanOrEqualTo(30).allSatisfy(entry -> {
            assertThat(entry.select(".person-roles li")).as(entry.id() + " roles").isNotEmpty();
            assertThat(entry.select(".person-description").text()).as(entry.id() + " description").isNotBlank();
        });
        assertThat(people.getElementById("ivanov-igor")).isNotNull();
        assertThat(people.getElementById("ivanov-sergei")).isNotNull();
    }

    @Test
    void atLeastTwentyFiveQuotationsAreExplainedFromEveryReading() throws IOException {
        Document key = page("key-quotations.html");
        assertThat(key.select("article.key-quotation")).hasSizeGreaterThanOrEqualTo(25)
                .allSatisfy(quote -> assertThat(quote.select(".key-explanation").text()).as(quote.id()).isNotBlank());
        assertThat(key.select(".key-group")).hasSize(5).allSatisfy(group ->
                assertThat(group.select("article.key-quotation")).hasSizeGreaterThanOrEqualTo(4));
    }

    @Test
    void everyThemeChapterHasTwoEssaysAndItsRowOfStances() throws IOException {
        List<String> themeChapters = page("index.html").select("section.part").get(1)
                .select(".chapter-list a").eachAttr("href");
        Document themes = page("themes.html");
        assertThat(themes.select("table.themes tbody th a").eachAttr("href"))
                .containsExactlyInAnyOrderElementsOf(themeChapters);
        assertThat(themes.select("table.themes tbody tr")).allSatisfy(row ->
                assertThat(row.select("td:not(.themes-silent)")).as(row.id() + " stances").hasSizeGreaterThanOrEqualTo(4));
        for (String href : themeChapters) {
            assertThat(page(href).select(".essays .essay-list > li")).as(href + " essays").hasSize(2).allSatisfy(essay -> {
                assertThat(essay.select(".essay-outline-body").text()).as(href + " outline").isNotBlank();
                assertThat(essay.select(".essay-points li")).as(href + " marking points").hasSizeGreaterThanOrEqualTo(3);
            });
        }
        assertThat(page("exam.html").select(".essay-list > li")).hasSizeGreaterThanOrEqualTo(2 * themeChapters.size());
    }
}
