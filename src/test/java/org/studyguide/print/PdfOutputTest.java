package org.studyguide.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studyguide.testing.BuiltGuide;
import org.studyguide.testing.GuideFixture;

/** The PDFs of the fixture guide, read back with PDFBox and compared with the rendered pages. */
class PdfOutputTest {
    @TempDir
    static Path root;

    private static BuiltGuide built;

    @BeforeAll
    static void build() {
        built = GuideFixture.in(root).build().assertClean();
    }

    private static PdfFile pdf(String path) {
        return PdfFile.read(built.out().resolve(path));
    }

    @Test
    void everyChapterAndTheWholeGuideHaveAPdfLinkedFromThePages() {
        assertThat(built.out().resolve("pdf/first.pdf")).isRegularFile();
        assertThat(built.out().resolve("pdf/second.pdf")).isRegularFile();
        assertThat(built.out().resolve("pdf/guide.pdf")).isRegularFile();
        assertThat(built.page("chapters/first.html").select("a[href=../pdf/first.pdf]")).hasSize(1);
        assertThat(built.page("index.html").select("a[href=pdf/guide.pdf]").text())
                .isEqualTo("Download the guide as PDF");
    }

    @Test
    void aChapterPdfHasItsTitleEveryQuotationAndAnAppendixOfWhatItUses() {
        Document page = built.page("chapters/first.html");
        String text = pdf("pdf/first.pdf").text();
        assertThat(text).contains(page.selectFirst("h1").text(), "Appendix: terms and readings");
        List<String> quotations = page.select("figure.quote blockquote").eachText();
        assertThat(quotations).isNotEmpty();
        quotations.forEach(quote -> assertThat(pdf("pdf/first.pdf").hasText(quote)).as(quote).isTrue());
        List<Element> terms = page.select("aside.chapter-refs .term-list a");
        assertThat(terms).isNotEmpty();
        for (Element term : terms) {
            String appendix = text.substring(text.indexOf("Appendix: terms and readings"));
            Element entry = built.page("glossary.html").getElementById(term.text());
            assertThat(appendix).contains(term.text(), entry.selectFirst("dd p").text());
        }
        assertThat(text).contains("Reading A", "A cautiously optimistic view.");
        assertThat(text).contains("Model answers", "A council created in 2002.");
    }

    @Test
    void theAppendixHasOnlyTheTermsTheChapterUses() {
        String text = pdf("pdf/second.pdf").text();
        assertThat(text).contains("PJC", "Permanent Joint Council", "The council of the Founding Act, 1997.");
        assertThat(text).doesNotContain("NATO-Russia Council", "successor of the");
    }

    @Test
    void fontsAreEmbeddedAndEveryCharacterHasItsGlyph() {
        for (String path : List.of("pdf/first.pdf", "pdf/second.pdf", "pdf/guide.pdf")) {
            PdfFile pdf = pdf(path);
            assertThat(pdf.fonts()).as(path).isNotEmpty().allMatch(f -> !f.endsWith("(not embedded)"));
            assertThat(pdf.fonts()).as(path).anyMatch(f -> f.endsWith("+LiberationSerif"));
            assertThat(pdf.missing()).as(path).isEmpty();
        }
    }

    @Test
    void bookmarksFollowTheHeadings() {
        assertThat(pdf("pdf/first.pdf").bookmarks()).containsExactly("First chapter", "Learning objectives",
                "Beginnings", "Review questions", "Appendix: terms and readings", "Glossary", "Readings");
        assertThat(pdf("pdf/guide.pdf").bookmarks()).containsSubsequence("Contents", "Part I: Readings",
                "First chapter", "Beginnings", "Part II: Themes", "Second chapter", "Later",
                "Appendix: glossary and readings", "Glossary", "Readings");
    }

    @Test
    void linksStayInTheDocumentOrGoToTheOtherChaptersPdfOrThePublicSite() {
        PdfFile first = pdf("pdf/first.pdf");
        assertThat(first.internal()).isPositive();
        // the fixture's guide.yml gives baseUrl, so a page outside the PDF is linked at its public address
        assertThat(first.uris()).containsExactlyInAnyOrder("second.pdf", "https://example.org/guide/timeline.html#council-2002");
        PdfFile guide = pdf("pdf/guide.pdf");
        assertThat(guide.internal()).isGreaterThan(first.internal());
        assertThat(guide.uris()).contains("https://example.org/guide/timeline.html#council-2002")
                .allSatisfy(uri -> assertThat(uri).startsWith("https://example.org/guide/"));
    }

    @Test
    void theWholeGuideHasATitlePageContentsWithPageNumbersAndEveryChapter() {
        PdfFile guide = pdf("pdf/guide.pdf");
        assertThat(guide.text()).startsWith("Test guide A guide for tests Test Author");
        assertThat(guide.text()).containsPattern(
                "Contents Part I: Readings First chapter[ .]*3 Part II: Themes Second chapter[ .]*\\d");
        assertThat(guide.text()).contains("The council met often.", "Cooperation was uneven.",
                "Appendix: glossary and readings", "NATO-Russia Council", "Permanent Joint Council");
        int chapters = pdf("pdf/first.pdf").pages() + pdf("pdf/second.pdf").pages();
        assertThat(guide.pages()).isGreaterThan(chapters);
    }

    @Test
    void theDocumentsCarryTheirTitleAndLanguage() {
        assertThat(pdf("pdf/first.pdf").title()).isEqualTo("First chapter");
        assertThat(pdf("pdf/guide.pdf").title()).isEqualTo("Test guide");
        assertThat(pdf("pdf/guide.pdf").language()).isEqualTo("en");
    }

    @Test
    void pagesAreA4ByDefault() {
        assertThat(pdf("pdf/first.pdf").mediaBox().getWidth()).isCloseTo(595.3f, within(0.5f));
        assertThat(pdf("pdf/guide.pdf").mediaBox().getHeight()).isCloseTo(841.9f, within(0.5f));
    }
}
