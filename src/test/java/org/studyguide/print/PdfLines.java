package org.studyguide.print;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The lines of a PDF as they are set on its pages, read with PDFBox's text extraction sorted by
 * position (the same lines {@code pdftotext -layout} shows, without its joining of hyphenated
 * lines), each with the type size most of its characters are set in.
 *
 * @param lines every line of every page, in reading order
 */
record PdfLines(List<Line> lines) {

    /** One line: its text and its type size in points. */
    record Line(String text, float size) {
    }

    /** Reads the lines of the PDF at {@code file}. */
    static PdfLines read(Path file) {
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(file))) {
            List<Line> lines = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                private final StringBuilder text = new StringBuilder();
                private final List<Float> sizes = new ArrayList<>();

                @Override
                protected void writeString(String string, List<TextPosition> positions) throws IOException {
                    text.append(string);
                    positions.forEach(p -> sizes.add(Math.round(p.getFontSizeInPt() * 10) / 10f));
                    super.writeString(string, positions);
                }

                @Override
                protected void writeWordSeparator() throws IOException {
                    text.append(' ');
                    super.writeWordSeparator();
                }

                @Override
                protected void writeLineSeparator() throws IOException {
                    finish();
                    super.writeLineSeparator();
                }

                @Override
                protected void writePageEnd() throws IOException {
                    finish();
                    super.writePageEnd();
                }

                private void finish() {
                    if (!text.toString().isBlank()) {
                        lines.add(new Line(text.toString().strip(), mostCommon(sizes)));
                    }
                    text.setLength(0);
                    sizes.clear();
                }
            };
            stripper.setSortByPosition(true);
            stripper.writeText(pdf, Writer.nullWriter());
            return new PdfLines(List.copyOf(lines));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lines that start with punctuation that belongs to the end of the line before, or end with "(". */
    List<String> badlyBroken() {
        return lines.stream().map(Line::text)
                .filter(t -> t.matches("^[,).;:\\]”].*") || t.endsWith("(") || t.endsWith("“"))
                .toList();
    }

    /** The type size of the running text: the size most lines are set in. */
    float bodySize() {
        return mostCommon(lines.stream().map(Line::size).toList());
    }

    /** The median number of characters of the lines set in the body size. */
    int medianBodyLineLength() {
        float body = bodySize();
        List<Integer> lengths = lines.stream().filter(l -> l.size() == body)
                .map(l -> l.text().codePointCount(0, l.text().length())).sorted().toList();
        return lengths.isEmpty() ? 0 : lengths.get(lengths.size() / 2);
    }

    private static float mostCommon(List<Float> values) {
        Map<Float, Long> counts = values.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        return counts.entrySet().stream().max(Map.Entry.<Float, Long>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).map(Map.Entry::getKey).orElse(0f);
    }
}
