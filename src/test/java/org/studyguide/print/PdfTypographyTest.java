package org.studyguide.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studyguide.testing.BuiltGuide;
import org.studyguide.testing.GuideFixture;

/**
 * The PDFs' typography on the fixture guide, whose second chapter is long running text full of
 * links in brackets and before punctuation: no line that starts with closing punctuation or ends
 * with an opening bracket, 60-75 characters a line on A4 and on Letter, and hyphenated line ends
 * that copy out as the words. (Their tagging is validated in {@link FixturePdfUaIT}.)
 */
class PdfTypographyTest {
    /** Running text that gives openhtmltopdf many chances to break a line beside a link. */
    static final String LONG_CHAPTER = GuideFixture.SECOND.replace(
            "Cooperation through the PJC is discussed in [[quote:second-quote]].",
            String.join("\n\n", List.of(paragraph(1), paragraph(2), paragraph(3), paragraph(4), paragraph(5),
                    paragraph(6), paragraph(7), paragraph(8))));

    @TempDir
    static Path a4;
    @TempDir
    static Path letter;

    private static BuiltGuide built;
    private static BuiltGuide builtOnLetter;

    @BeforeAll
    static void build() {
        built = GuideFixture.in(a4).file("chapters/second.md", LONG_CHAPTER).build().assertClean();
        builtOnLetter = GuideFixture.in(letter).file("chapters/second.md", LONG_CHAPTER)
                .file("guide.yml", GuideFixture.GUIDE + "paper: letter\n").build().assertClean();
    }

    private static String paragraph(int n) {
        return "Paragraph " + n + " considers the institutional consequences of the [[PJC]], its "
                + "responsibilities and the disappointments of the period ([[event:council-2002]]). Commentators "
                + "disagreed about the [[NRC]]; several described the arrangement as an extraordinarily "
                + "complicated compromise ([[NRC]]), while others, citing [[quote:second-quote]], called the "
                + "cooperation (\"[[event:act-1997]]\") uneven. The [[chapter:first|first chapter]], "
                + "the [[source:reading-a]] and the [[PJC]]: all three return to the question.";
    }

    static List<Path> pdfs(BuiltGuide guide) {
        return List.of("pdf/first.pdf", "pdf/second.pdf", "pdf/guide.pdf").stream()
                .map(guide.out()::resolve).toList();
    }

    @Test
    void noLineStartsWithClosingPunctuationOrEndsWithAnOpeningBracket() {
        assertThat(built.page("chapters/second.html").select("p a").size()).isGreaterThan(50);
        for (BuiltGuide guide : List.of(built, builtOnLetter)) {
            for (Path pdf : pdfs(guide)) {
                PdfLines lines = PdfLines.read(pdf);
                assertThat(lines.lines()).as(pdf.toString()).hasSizeGreaterThan(10);
                assertThat(lines.badlyBroken()).as(pdf.toString()).isEmpty();
            }
        }
    }

    @Test
    void runningTextSetsSixtyToSeventyFiveCharactersALineOnA4AndLetter() {
        for (BuiltGuide guide : List.of(built, builtOnLetter)) {
            PdfLines lines = PdfLines.read(guide.out().resolve("pdf/second.pdf"));
            assertThat(lines.medianBodyLineLength()).as(guide.out().toString()).isBetween(60, 75);
        }
    }

    @Test
    void longWordsAreHyphenatedAtLineEndsAndCopyOutWithoutSoftHyphens() {
        PdfLines lines = PdfLines.read(built.out().resolve("pdf/second.pdf"));
        List<String> texts = lines.lines().stream().map(PdfLines.Line::text).toList();
        List<String> words = List.of("institutional", "consequences", "responsibilities", "disappointments",
                "Commentators", "disagreed", "described", "arrangement", "extraordinarily", "complicated",
                "compromise", "cooperation", "question", "considers", "chapter", "period");
        int hyphenated = 0;
        for (int i = 0; i + 1 < texts.size(); i++) {
            String line = texts.get(i);
            if (line.matches(".*\\p{Ll}-$")) {
                String head = line.substring(line.lastIndexOf(' ') + 1, line.length() - 1);
                String tail = texts.get(i + 1).split("[ ,.;:)]")[0];
                assertThat(words).as(line).contains(head + tail);
                hyphenated++;
            }
        }
        assertThat(hyphenated).isPositive();
        assertThat(String.join("\n", texts)).doesNotContain("\u00AD");
    }
}
