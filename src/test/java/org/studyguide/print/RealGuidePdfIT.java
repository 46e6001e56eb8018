package org.studyguide.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studyguide.build.BuildOptions;
import org.studyguide.build.BuildResult;
import org.studyguide.build.GuideBuild;
import org.studyguide.publish.PublishException;

/**
 * The real guide's PDFs, read back with PDFBox against its rendered chapter pages, and validated
 * by veraPDF against PDF/UA-1.
 */
class RealGuidePdfIT {
    private static final Path PROJECT = Path.of(System.getProperty("project.basedir", ".")).toAbsolutePath();

    @TempDir
    static Path out;

    private static Path site;
    private static List<String> chapters;

    @BeforeAll
    static void build() throws PublishException, IOException {
        site = out.resolve("site");
        BuildResult result = GuideBuild.build(new BuildOptions(PROJECT.resolve("content"),
                Optional.of(PROJECT.resolve("templates")), site, Optional.empty()));
        assertThat(result.published()).isTrue();
        chapters = page("index.html").select(".chapter-list a").eachAttr("href").stream()
                .map(href -> href.substring("chapters/".length(), href.length() - ".html".length()))
                .toList();
    }

    private static Document page(String path) throws IOException {
        return Jsoup.parse(site.resolve(path).toFile(), StandardCharsets.UTF_8.name());
    }

    @Test
    void everyChapterPdfHasItsTitleQuotationsAndAppendixTerms() throws IOException {
        assertThat(chapters).hasSize(14);
        for (String chapter : chapters) {
            Document page = page("chapters/" + chapter + ".html");
            PdfFile pdf = PdfFile.read(site.resolve("pdf/" + chapter + ".pdf"));
            assertThat(pdf.pages()).as(chapter).isBetween(2, 20);
            assertThat(pdf.text()).as(chapter).contains(page.selectFirst("h1").text());
            for (Element quote : page.select("figure.quote blockquote")) {
                assertThat(pdf.hasText(quote.text())).as(chapter + ": " + quote.text()).isTrue();
            }
            // "Appendix: terms and readings", or "terms, people and readings" when the chapter names people
            String appendix = pdf.text().substring(pdf.text().indexOf("Appendix: terms"));
            for (Element term : page.select("aside.chapter-refs .term-list li")) {
                assertThat(appendix).as(chapter).contains(term.selectFirst("a").text());
            }
            assertThat(pdf.bookmarks()).as(chapter).startsWith(page.selectFirst("h1").text())
                    .contains("Review questions").anyMatch(mark -> mark.startsWith("Appendix: terms"));
            assertThat(pdf.missing()).as(chapter).isEmpty();
            assertThat(pdf.fonts()).as(chapter).noneMatch(f -> f.endsWith("(not embedded)"));
            assertThat(pdf.mediaBox().getWidth()).isCloseTo(595.3f, within(0.5f));
        }
    }

    @Test
    void theWholeGuideHoldsEveryChapterAfterAContentsPage() throws IOException {
        PdfFile guide = PdfFile.read(site.resolve("pdf/guide.pdf"));
        int chapterPages = 0;
        for (String chapter : chapters) {
            PdfFile pdf = PdfFile.read(site.resolve("pdf/" + chapter + ".pdf"));
            chapterPages += pdf.pagesBefore("Appendix: terms");
            String title = page("chapters/" + chapter + ".html").selectFirst("h1").text();
            assertThat(guide.bookmarks()).contains(title);
            assertThat(guide.text()).containsPattern(java.util.regex.Pattern.quote(title) + "[ .]*\\d+");
        }
        // the title page, the contents and the appendix come on top of every chapter's own pages
        assertThat(guide.pages()).isGreaterThan(chapterPages + 2);
        assertThat(guide.missing()).isEmpty();
        assertThat(guide.fonts()).noneMatch(f -> f.endsWith("(not embedded)"));
        assertThat(guide.pageTexts().get(0)).startsWith(page("index.html").selectFirst("h1").text());
        assertThat(Files.size(site.resolve("pdf/guide.pdf"))).isLessThan(2_000_000);
    }

    @Test
    void everyPdfIsTaggedPdfUaAndSetLikeABook() throws IOException {
        List<Path> pdfs;
        try (var files = Files.list(site.resolve("pdf"))) {
            pdfs = files.sorted().toList();
        }
        assertThat(pdfs).hasSize(chapters.size() + 1);
        for (Path pdf : pdfs) {
            assertThat(PdfUa.failures(pdf)).as(pdf.getFileName().toString()).isEmpty();
            PdfLines lines = PdfLines.read(pdf);
            assertThat(lines.badlyBroken()).as(pdf.getFileName().toString()).isEmpty();
            assertThat(lines.medianBodyLineLength()).as(pdf.getFileName().toString()).isBetween(60, 75);
        }
    }
}
