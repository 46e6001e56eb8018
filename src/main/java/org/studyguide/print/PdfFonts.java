package org.studyguide.print;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The fonts embedded in the PDFs: Liberation Serif for the text, Liberation Sans Bold for labels
 * and Liberation Mono for code, all under the SIL Open Font License 1.1, read once from the
 * {@code openpdf-fonts-extra} jar on the class path. They cover Latin with its accents, Greek,
 * Cyrillic and the typographic quotes and dashes.
 */
final class PdfFonts {
    /** The family name the PDF stylesheet uses for running text. */
    static final String SERIF = "Guide Serif";
    /** The family name for labels and running heads. */
    static final String SANS = "Guide Sans";
    /** The family name for code. */
    static final String MONO = "Guide Mono";

    /** The generic family each face also answers for. */
    private static final Map<String, String> GENERIC = Map.of(SERIF, "serif", MONO, "monospace");
    private static final String FOLDER = "liberation/";
    private static final List<Face> FACES = List.of(
            new Face(SERIF, "LiberationSerif-Regular.ttf", 400, FontStyle.NORMAL),
            new Face(SERIF, "LiberationSerif-Bold.ttf", 700, FontStyle.NORMAL),
            new Face(SERIF, "LiberationSerif-Italic.ttf", 400, FontStyle.ITALIC),
            new Face(SERIF, "LiberationSerif-BoldItalic.ttf", 700, FontStyle.ITALIC),
            new Face(SANS, "LiberationSans-Bold.ttf", 700, FontStyle.NORMAL),
            new Face(MONO, "LiberationMono-Regular.ttf", 400, FontStyle.NORMAL));

    private static final int GSUB = tag("GSUB");
    private static final int UNUSED_TAG = tag("xsub");
    private static final PdfFonts INSTANCE = new PdfFonts();

    private final List<byte[]> data;
    private final CmapLookup serifCmap;
    private Map<String, byte[]> byName;

    private PdfFonts() {
        data = FACES.stream().map(face -> withoutSubstitutions(read(face.file()))).toList();
        serifCmap = cmap(data.get(0));
    }

    /** A PDFBox font mapper that answers every request with the text font. */
    PdfFontMapper mapper() {
        return new PdfFontMapper(data.get(0));
    }

    /**
     * The font with its glyph substitution table (GSUB) renamed out of the way. PDFBox applies
     * GSUB to every string it draws, compiling regular expressions each time, which made the
     * PDFs ten times slower; for Latin and Cyrillic text it only adds ligatures such as "fi",
     * which also make the text harder to search and copy. Renaming the table's tag in the
     * font's table directory hides it from PDFBox and leaves it out of the embedded subsets.
     */
    private static byte[] withoutSubstitutions(byte[] font) {
        ByteBuffer buffer = ByteBuffer.wrap(font);
        int tables = Short.toUnsignedInt(buffer.getShort(4));
        for (int i = 0; i < tables; i++) {
            int record = 12 + 16 * i;
            if (buffer.getInt(record) == GSUB) {
                buffer.putInt(record, UNUSED_TAG);
            }
        }
        return font;
    }

    /** The fonts, loaded on first use. */
    static PdfFonts get() {
        return INSTANCE;
    }

    /**
     * Registers every face with a builder, to be embedded as subsets; the serif and mono faces also
     * under the generic names, so that a guide's own {@code pdf.css} that names no font still gets
     * embedded ones (a tagged PDF/UA file may not use the standard fonts, which are not embedded).
     */
    void register(PdfRendererBuilder builder) {
        for (int i = 0; i < FACES.size(); i++) {
            byte[] bytes = data.get(i);
            Face face = FACES.get(i);
            builder.useFont(() -> new ByteArrayInputStream(bytes), face.family(), face.weight(), face.style(), true);
            String generic = GENERIC.get(face.family());
            if (generic != null) {
                builder.useFont(() -> new ByteArrayInputStream(bytes), generic, face.weight(), face.style(), true);
            }
        }
    }

    /**
     * The font program whose PostScript name is {@code name} (such as "LiberationSerif-Bold"), as
     * registered for the PDFs, when it is one of them. The names are read when a joined PDF first asks.
     */
    synchronized Optional<byte[]> program(String name) {
        if (byName == null) {
            Map<String, byte[]> read = new HashMap<>();
            for (byte[] bytes : data) {
                try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(bytes))) {
                    read.put(font.getName(), bytes);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            byName = Map.copyOf(read);
        }
        return Optional.ofNullable(byName.get(name));
    }

    /** True when the text font has a glyph for the code point. */
    boolean covers(int codePoint) {
        return serifCmap.getGlyphId(codePoint) != 0;
    }

    private static int tag(String name) {
        return ByteBuffer.wrap(name.getBytes(StandardCharsets.US_ASCII)).getInt();
    }

    private static byte[] read(String file) {
        try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("font " + FOLDER + file + " is missing from the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CmapLookup cmap(byte[] font) {
        try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(font))) {
            return ttf.getUnicodeCmapLookup();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One font file and the family, weight and style it is registered under. */
    private record Face(String family, String file, int weight, FontStyle style) {
    }
}
