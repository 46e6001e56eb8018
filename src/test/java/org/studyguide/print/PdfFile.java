package org.studyguide.print;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDVectorFont;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A PDF of the built site read back with PDFBox: its text (whitespace and line-end hyphenation
 * normalised), outline, page sizes, fonts, glyphs and links, gathered once.
 *
 * @param text        every page's text, runs of whitespace as one space
 * @param pageTexts   the text of each page, normalised the same way
 * @param mediaBox    the first page's media box
 * @param bookmarks   every outline entry's title, depth first
 * @param fonts       every font the text is drawn with, by name, with whether it is embedded
 * @param missing     the characters drawn with a glyph their font does not have
 * @param internal    the number of links to a place in the document
 * @param uris        the targets of links that leave the document
 * @param title       the title in the document information
 * @param language    the document's language
 */
record PdfFile(String text, List<String> pageTexts, PDRectangle mediaBox, List<String> bookmarks, List<String> fonts,
        List<String> missing, int internal, List<String> uris, String title, String language) {

    /** Reads the PDF at {@code file}. */
    static PdfFile read(Path file) {
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(file))) {
            List<String> fonts = new ArrayList<>();
            List<String> missing = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String string, List<TextPosition> positions) throws IOException {
                    for (TextPosition position : positions) {
                        inspect(position, fonts, missing);
                    }
                    super.writeString(string, positions);
                }
            };
            stripper.setSortByPosition(true);
            stripper.setPageEnd("\f");
            List<String> pageTexts = Arrays.stream(stripper.getText(pdf).split("\f")).map(PdfFile::normalise).toList();
            List<String> bookmarks = new ArrayList<>();
            if (pdf.getDocumentCatalog().getDocumentOutline() != null) {
                titles(pdf.getDocumentCatalog().getDocumentOutline(), bookmarks);
            }
            int internal = 0;
            List<String> uris = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink link) {
                        if (link.getAction() instanceof PDActionURI uri) {
                            uris.add(uri.getURI());
                        } else if (link.getDestination() != null || link.getAction() instanceof PDActionGoTo) {
                            internal++;
                        }
                    }
                }
            }
            return new PdfFile(String.join(" ", pageTexts), pageTexts, pdf.getPage(0).getMediaBox(), bookmarks,
                    fonts.stream().distinct().toList(), missing, internal, uris,
                    pdf.getDocumentInformation().getTitle(), pdf.getDocumentCatalog().getLanguage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * True when the text contains {@code phrase}, ignoring whitespace: text extraction may add a
     * space where a line is justified or a link starts (for example "U. S."). Running text is
     * hyphenated, so a phrase is also found with the hyphens of its lines' ends ("ap-" "pears").
     */
    boolean hasText(String phrase) {
        return squash(text).contains(squash(phrase))
                || squash(text).replace("-", "").contains(squash(phrase).replace("-", ""));
    }

    private static String squash(String text) {
        return text.replaceAll("\\s+", "");
    }

    /** The number of pages. */
    int pages() {
        return pageTexts.size();
    }

    /** The number of pages before the first that contains {@code text}, or all of them. */
    int pagesBefore(String text) {
        for (int i = 0; i < pageTexts.size(); i++) {
            if (pageTexts.get(i).contains(text)) {
                return i;
            }
        }
        return pageTexts.size();
    }

    private static void inspect(TextPosition position, List<String> fonts, List<String> missing) throws IOException {
        PDFont font = position.getFont();
        fonts.add(font.getName() + (font.isEmbedded() ? "" : " (not embedded)"));
        for (int code : position.getCharacterCodes()) {
            if (!(font instanceof PDVectorFont vector) || !vector.hasGlyph(code)) {
                missing.add(position.getUnicode() + " in " + font.getName());
            }
        }
    }

    private static void titles(PDOutlineNode node, List<String> into) {
        for (PDOutlineItem item : node.children()) {
            into.add(item.getTitle());
            titles(item, into);
        }
    }

    /**
     * Collapses whitespace, so that phrases can be searched. A line that ends in a hyphen or dash
     * keeps it (a hyphen of hyphenation too, see {@link #hasText}) and loses the line break.
     */
    static String normalise(String text) {
        return text.replaceAll("([-\u2010\u2013\u2014])\\R", "$1").replaceAll("\\s+", " ").strip();
    }
}
