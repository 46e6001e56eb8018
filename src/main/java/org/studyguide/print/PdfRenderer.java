package org.studyguide.print;

import static com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI;
import static com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.PageSizeUnits;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import java.util.logging.Level;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.studyguide.cache.CacheKey;
import org.studyguide.model.Paper;

/**
 * Turns one PDF document into PDF bytes with openhtmltopdf. A renderer is made per
 * document, so documents can be rendered on several threads. Nothing is fetched: the stylesheet
 * is inline and every other resource is refused. The output is deterministic: the document's
 * dates are fixed and its trailer ID is a digest of the input, so the same input gives the same bytes.
 */
final class PdfRenderer {
    /** No base: links are anchors, absolute, or relative to the PDF itself (another chapter's PDF), kept as written. */
    private static final String BASE_URI = "about:blank";

    static {
        // Problems are collected per document through the diagnostic consumer instead.
        XRLog.setLoggingEnabled(false);
        FontMappers.set(PdfFonts.get().mapper());
    }

    private PdfRenderer() {
    }

    /**
     * Loads what every rendering shares, so that it is ready when the first document is: the fonts
     * (with this class) and the hyphenation patterns of {@code language}.
     */
    static void prepare(String language) {
        PdfHyphenator.forLanguage(language);
    }

    /** The rendered PDF and what openhtmltopdf reported at warning level or above. */
    record Rendered(byte[] bytes, List<String> problems) {
    }

    /** Renders the document on the calling thread. */
    static Rendered render(PdfDocument document, Paper paper) {
        String markup = document.markup();
        List<String> problems = new ArrayList<>();
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .withW3cDocument(document.w3c(), BASE_URI)
                .useDefaultPageSize(paper.widthMm(), paper.heightMm(), PageSizeUnits.MM)
                .useExternalResourceAccessControl((uri, type) -> false, RUN_BEFORE_RESOLVING_URI)
                .useExternalResourceAccessControl((uri, type) -> false, RUN_AFTER_RESOLVING_URI)
                .useUriResolver((base, uri) -> uri)
                .usePdfUaAccessibility(true)
                .withProducer("studyguide")
                .withDiagnosticConsumer(d -> collect(d, problems));
        PdfFonts.get().register(builder);
        String language = document.html().selectFirst("html").attr("lang");
        builder.useUnicodeLineBreaker(new PdfLineBreaker(language));
        PdfHyphenator.forLanguage(language).ifPresent(builder::useHyphenation);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.createPDFWithoutClosing();
            PDDocument pdf = renderer.getPdfDocument();
            finish(pdf, document.title(), markup, paper, language);
            pdf.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Rendered(out.toByteArray(), List.copyOf(problems));
    }

    private static void collect(Diagnostic diagnostic, List<String> problems) {
        if (diagnostic.getLevel().intValue() >= Level.WARNING.intValue()) {
            problems.add(diagnostic.getFormattedMessage());
        }
    }

    /**
     * The metadata every PDF gets: fixed dates and an ID derived from {@code source} (so that the
     * same input gives the same bytes), the title, the language, and the window's title and outline shown.
     */
    static void finish(PDDocument pdf, String title, String source, Paper paper, String language) {
        fix(pdf, title, source, paper);
        present(pdf, language);
    }

    /** Fixed metadata and an ID derived from the input, instead of the clock. */
    private static void fix(PDDocument pdf, String title, String xhtml, Paper paper) {
        PDDocumentInformation info = pdf.getDocumentInformation();
        info.setTitle(title);
        info.setProducer("studyguide");
        info.setCreator("studyguide");
        info.setCreationDate(fixedDate());
        info.setModificationDate(fixedDate());
        byte[] id = Arrays.copyOf(sha256(paper.key() + "\n" + xhtml), 16);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        pdf.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    /** The language for screen readers, the title in the window and the bookmarks open. */
    private static void present(PDDocument pdf, String language) {
        PDDocumentCatalog catalog = pdf.getDocumentCatalog();
        if (!language.isEmpty()) {
            catalog.setLanguage(language);
        }
        PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
        preferences.setDisplayDocTitle(true);
        catalog.setViewerPreferences(preferences);
        catalog.setPageMode(PageMode.USE_OUTLINES);
    }

    private static byte[] sha256(String text) {
        return CacheKey.sha256().digest(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The date written into every PDF, so that two builds of the same input are identical. */
    private static Calendar fixedDate() {
        Calendar date = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        date.clear();
        date.set(2000, Calendar.JANUARY, 1);
        return date;
    }
}
