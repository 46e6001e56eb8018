package org.studyguide.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studyguide.diag.Diagnostic;
import org.studyguide.testing.BuiltGuide;
import org.studyguide.testing.GuideFixture;

/** The paper size from guide.yml, and the errors the PDF step gives. */
class PdfSettingsTest {
    @TempDir
    Path root;

    private String where(Diagnostic d) {
        return root.relativize(d.position().file()) + ":" + d.position().line() + ":" + d.position().column();
    }

    @Test
    void letterPaperIsSelectedInTheGuideFile() {
        BuiltGuide built = GuideFixture.in(root).file("guide.yml", GuideFixture.GUIDE + "paper: letter\n")
                .build().assertClean();
        for (String path : new String[] {"pdf/first.pdf", "pdf/guide.pdf"}) {
            PdfFile pdf = PdfFile.read(built.out().resolve(path));
            assertThat(pdf.mediaBox().getWidth()).as(path).isCloseTo(612f, within(0.5f));
            assertThat(pdf.mediaBox().getHeight()).as(path).isCloseTo(792f, within(0.5f));
        }
    }

    @Test
    void accentedLatinCyrillicQuotesAndDashesAreEmbedded() {
        String words = "Zagórski’s «Россия и НАТО» – “Ešte” — Łódź, Ærø";
        BuiltGuide built = GuideFixture.in(root).file("chapters/second.md", GuideFixture.SECOND
                .replace("is discussed in", "is discussed (" + words + ") in")).build().assertClean();
        PdfFile pdf = PdfFile.read(built.out().resolve("pdf/second.pdf"));
        assertThat(pdf.text()).contains(words);
        assertThat(pdf.missing()).isEmpty();
        assertThat(pdf.fonts()).noneMatch(f -> f.endsWith("(not embedded)"));
    }

    @Test
    void withoutABaseUrlLinksToOtherPagesOfTheSiteBecomePlainText() {
        BuiltGuide built = GuideFixture.in(root)
                .file("guide.yml", GuideFixture.GUIDE.replace("baseUrl: https://example.org/guide/\n", "")).build();
        PdfFile first = PdfFile.read(built.out().resolve("pdf/first.pdf"));
        assertThat(first.uris()).containsExactly("second.pdf");
        assertThat(first.text()).contains(built.page("chapters/first.html").selectFirst(".chapter-body a[href*=timeline.html]").text());
    }

    @Test
    void pdfFalseBuildsTheSiteWithoutPdfsOrLinksToThem() {
        BuiltGuide built = GuideFixture.in(root).file("guide.yml", GuideFixture.GUIDE + "pdf: false\n")
                .build().assertClean();
        assertThat(built.out().resolve("pdf")).doesNotExist();
        assertThat(built.page("index.html").select("a[href$=.pdf]")).isEmpty();
        assertThat(built.page("chapters/first.html").select("a[href$=.pdf]")).isEmpty();
    }

    @Test
    void aGuidesOwnPdfStylesheetReplacesTheBuiltInOne() {
        BuiltGuide built = GuideFixture.in(root).template("pdf.css", ".summary, .guide-subtitle { display: none; }\n")
                .build().assertClean();
        assertThat(PdfFile.read(built.out().resolve("pdf/first.pdf")).text()).contains("First chapter")
                .doesNotContain("The first one.");
        assertThat(PdfFile.read(built.out().resolve("pdf/guide.pdf")).text()).doesNotContain("A guide for tests");
    }

    @Test
    void anOwnStylesheetThatNumbersTheContentsWithTargetCounterIsWarnedAt() {
        BuiltGuide built = GuideFixture.in(root).template("pdf.css", "body { margin: 0; }\n"
                + "nav.contents a::after { content: leader('.') target-counter(attr(href), page); }\n").build();
        assertThat(built.errors()).isEmpty();
        assertThat(built.warnings()).singleElement().satisfies(warning -> {
            assertThat(warning.position().file().getFileName()).hasToString("pdf.css");
            assertThat(warning.position().line()).isEqualTo(2);
            assertThat(warning.position().column()).isEqualTo(46);
            assertThat(warning.message()).contains("target-counter()", "a chapter at a time");
            assertThat(warning.hint()).hasValueSatisfying(hint -> assertThat(hint).contains("attr(data-page)"));
        });
    }

    @Test
    void aChapterTemplateWithoutTheUsualArticleStillGivesPdfs() {
        BuiltGuide built = GuideFixture.in(root).template("chapter.ftlh", """
                <#import "layout.ftlh" as layout>
                <@layout.page title=page.title><p>Only ${page.title}</p></@layout.page>
                """).build().assertClean();
        assertThat(PdfFile.read(built.out().resolve("pdf/guide.pdf")).text()).contains("Contents", "Glossary");
        assertThat(PdfFile.read(built.out().resolve("pdf/first.pdf")).pages()).isPositive();
    }

    @Test
    void pdfMustBeTrueOrFalse() {
        Diagnostic d = GuideFixture.in(root).file("guide.yml", GuideFixture.GUIDE + "pdf: no\n").build().onlyError();
        int line = (int) GuideFixture.GUIDE.lines().count() + 1;
        assertThat(where(d)).isEqualTo("content/guide.yml:" + line + ":6");
        assertThat(d.message()).isEqualTo("'pdf' must be true or false, found 'no'");
    }

    @Test
    void anUnknownPaperSizeIsAnErrorAtItsValue() {
        BuiltGuide built = GuideFixture.in(root).file("guide.yml", GuideFixture.GUIDE + "paper: A5\n").build();
        Diagnostic d = built.onlyError();
        int line = (int) GuideFixture.GUIDE.lines().count() + 1;
        assertThat(where(d)).isEqualTo("content/guide.yml:" + line + ":8");
        assertThat(d.message()).isEqualTo("unknown paper size 'A5'");
        assertThat(d.hint()).contains("write 'paper: a4' (the default) or 'paper: letter'");
        assertThat(built.result().published()).isFalse();
    }

    @Test
    void aCharacterTheFontsCannotShowIsAnErrorWhereItIsWritten() {
        BuiltGuide built = GuideFixture.in(root).file("chapters/second.md", GuideFixture.SECOND
                .replace("is discussed in", "is discussed (\u6F22) in")).build();
        Diagnostic d = built.onlyError();
        int line = (int) GuideFixture.SECOND.lines().takeWhile(l -> !l.contains("is discussed in")).count() + 1;
        int column = GuideFixture.SECOND.lines().filter(l -> l.contains("is discussed in")).findFirst().orElseThrow()
                .indexOf("in [[") + "(".length() + 1;
        assertThat(where(d)).isEqualTo("content/chapters/second.md:" + line + ":" + column);
        assertThat(d.message()).isEqualTo("the PDF fonts have no glyph for '\u6F22' (U+6F22), used in pdf/second.pdf");
        assertThat(built.result().published()).isFalse();
    }
}
