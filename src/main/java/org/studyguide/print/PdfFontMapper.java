package org.studyguide.print;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

/**
 * Answers PDFBox's requests for fonts that are not embedded (openhtmltopdf sets up the standard 14
 * PDF fonts for every document) with our own serif, instead of PDFBox's default, which scans the
 * machine's fonts and writes a cache into the home folder. The text never uses those fonts (the
 * stylesheet names only the embedded ones, and {@link PdfGlyphs} checks the characters), so this
 * only keeps the build quick, quiet and independent of the machine.
 */
final class PdfFontMapper implements FontMapper {
    private final TrueTypeFont serif;

    PdfFontMapper(byte[] serifFont) {
        try {
            serif = new TTFParser().parse(new RandomAccessReadBuffer(serifFont));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor descriptor) {
        return new FontMapping<>(serif, false);
    }

    @Override
    public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor descriptor) {
        return new FontMapping<>(serif, false);
    }

    @Override
    public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor descriptor, PDCIDSystemInfo systemInfo) {
        return new CIDFontMapping(null, serif, false);
    }
}
