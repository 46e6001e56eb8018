package org.studyguide.print;

import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.studyguide.cache.CacheKey;
import org.studyguide.cache.CodeFingerprint;
import org.studyguide.model.Paper;
import org.studyguide.render.SiteFiles;

/**
 * The content address of a PDF in the cache: a digest of everything that decides its bytes. That
 * is what {@link PdfRenderer} receives (the document's path, title and complete HTML, whose
 * {@code <style>} holds pdf.css, and the paper size) and the code that lays it out: studyguide's own
 * classes, openhtmltopdf, PDFBox, jsoup, the hyphenation engine and its patterns, the fonts and the
 * Java runtime. Nothing else is read while
 * rendering (every external resource is refused), so two documents with the same key give the
 * same PDF. A whole set of PDFs is keyed before its documents are assembled, by all they are
 * assembled from: the guide's {@link BookOutline}, field by field, and the pages they read.
 */
final class PdfKeys {
    private PdfKeys() {
    }

    /** The fingerprint of the code that lays PDFs out, or empty when it cannot be taken (then nothing is cached). */
    static Optional<byte[]> generator() {
        return Generator.FINGERPRINT;
    }

    /** The key of one document's PDF. */
    static byte[] of(byte[] generator, PdfDocument document, Paper paper) {
        return CacheKey.of("pdf").add(generator).add(paper.key()).add(document.path()).add(document.title())
                .add(exactMarkup(document.html())).digest();
    }

    /**
     * The key of a whole set of PDFs, taken before their documents are assembled: what they take
     * from the guide (its {@link BookOutline}), the site pages {@link PdfBook} reads, the stylesheet
     * and the code. When it hits, the documents need not be assembled at all.
     */
    static byte[] ofBook(byte[] generator, BookOutline outline, SiteFiles pages, String css) {
        CacheKey key = outline.addTo(CacheKey.of("pdf book, 2").add(generator).add(css));
        pages.files().forEach((path, bytes) -> key.add(path).add(bytes));
        return key.digest();
    }

    /**
     * The document's markup exactly as parsed, without the pretty printer's whitespace changes, which
     * could make two documents that lay out differently (under {@code white-space: pre}) look alike.
     */
    private static String exactMarkup(Document html) {
        Document.OutputSettings settings = html.outputSettings();
        html.outputSettings(settings.clone().prettyPrint(false));
        try {
            return html.outerHtml();
        } finally {
            html.outputSettings(settings);
        }
    }

    /**
     * Taken once per run: the code does not change while it runs. The libraries are found by a class
     * file of each, as resources, so that a build whose PDFs all come from the cache loads none of them.
     */
    private static final class Generator {
        static final Optional<byte[]> FINGERPRINT = CodeFingerprint.of(List.of(PdfKeys.class), List.of(
                "com/openhtmltopdf/pdfboxout/PdfRendererBuilder.class", "com/openhtmltopdf/layout/LayoutContext.class",
                "org/apache/pdfbox/pdmodel/PDDocument.class", "org/apache/pdfbox/io/RandomAccessReadBuffer.class",
                "org/apache/fontbox/ttf/TrueTypeFont.class", "org/jsoup/Jsoup.class",
                "org/apache/fop/hyphenation/HyphenationTree.class",
                "liberation/LiberationSerif-Regular.ttf", "com/itextpdf/hyph/en.xml"));
    }
}
