package org.studyguide.print;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.studyguide.cache.CacheKey;
import org.studyguide.cache.ContentCache;
import org.studyguide.model.Paper;
import org.studyguide.render.SiteFiles;

/**
 * Laid-out PDFs in the content cache, on two levels: each PDF under the key of its document
 * ({@link PdfKeys#of}), and the list of a whole build's PDFs under the key of what the documents
 * are assembled from ({@link PdfKeys#ofBook}), so that an unchanged guide needs no assembly at all
 * and a changed one still reuses every PDF whose document did not change. When the code's
 * fingerprint cannot be taken, nothing is found or stored.
 */
final class PdfStore {
    private final ContentCache cache;
    private final Paper paper;
    private final Optional<byte[]> generator;
    private final Optional<byte[]> bookKey;
    private final Map<String, byte[]> keys = new HashMap<>();
    private final Map<PdfDocument, byte[]> pieceKeys = new IdentityHashMap<>();

    /**
     * @param pages the site pages the PDFs are assembled from
     * @param css   the PDF stylesheet
     */
    PdfStore(ContentCache cache, BookOutline outline, SiteFiles pages, String css) {
        this.cache = cache;
        this.paper = outline.paper();
        this.generator = cache.isOff() ? Optional.empty() : PdfKeys.generator();
        this.bookKey = generator.map(code -> PdfKeys.ofBook(code, outline, pages, css));
    }

    /** Every PDF of a build from exactly these inputs, by site path, when the cache still holds them all. */
    Optional<Map<String, byte[]>> findBook() {
        Optional<byte[]> list = bookKey.flatMap(cache::get);
        if (list.isEmpty()) {
            return Optional.empty();
        }
        Map<String, byte[]> pdfs = new TreeMap<>();
        for (String line : new String(list.get(), StandardCharsets.UTF_8).split("\n")) {
            int tab = line.indexOf('\t');
            Optional<byte[]> pdf = tab < 0 ? Optional.empty() : parseHex(line.substring(tab + 1)).flatMap(cache::get);
            if (pdf.isEmpty()) {
                return Optional.empty();
            }
            pdfs.put(line.substring(0, tab), pdf.get());
        }
        return Optional.of(pdfs);
    }

    /**
     * The PDF laid out before from exactly this document, when the cache holds it. The key is taken
     * now, before rendering, and remembered for {@link #keep}.
     */
    Optional<byte[]> find(PdfDocument document) {
        Optional<byte[]> key = generator.map(code -> PdfKeys.of(code, document, paper));
        key.ifPresent(k -> keys.put(document.path(), k));
        return key.flatMap(cache::get);
    }

    /**
     * The PDF laid out before from exactly this piece of a document ({@link PdfPieces}), when the cache
     * holds it. Pieces are not published, so they are not in the list {@link #keepBook} keeps.
     */
    Optional<byte[]> findPiece(PdfDocument piece) {
        return pieceKey(piece).flatMap(cache::get);
    }

    /** Keeps a piece laid out from this document for later builds. */
    void keepPiece(PdfDocument piece, byte[] pdf) {
        pieceKey(piece).ifPresent(key -> cache.put(key, pdf));
    }

    /** Keeps a published PDF joined from pieces, under the key of all its pieces, for {@link #findBook}. */
    void keepJoined(String path, List<PdfDocument> pieces, byte[] pdf) {
        generator.ifPresent(code -> {
            CacheKey key = CacheKey.of("pdf joined").add(code);
            pieces.forEach(piece -> key.add(pieceKey(piece).orElseThrow()));
            byte[] digest = key.digest();
            keys.put(path, digest);
            cache.put(digest, pdf);
        });
    }

    /**
     * A piece's key, taken once: it digests the piece's whole markup, and a piece is looked up,
     * kept and then keyed into its joined PDF's key. Pieces are keyed on the build's own thread.
     */
    private Optional<byte[]> pieceKey(PdfDocument piece) {
        return generator.map(code -> pieceKeys.computeIfAbsent(piece, p -> PdfKeys.of(code, p, paper)));
    }

    /** Keeps a PDF laid out from this document, looked up before with {@link #find}, for later builds. */
    void keep(PdfDocument document, byte[] pdf) {
        Optional.ofNullable(keys.get(document.path())).ifPresent(key -> cache.put(key, pdf));
    }

    /** Keeps the list of this build's PDFs (each looked up with {@link #find}), once all of them were fine. */
    void keepBook() {
        StringBuilder list = new StringBuilder();
        new TreeMap<>(keys).forEach((path, key) -> list.append(path).append('\t')
                .append(HexFormat.of().formatHex(key)).append('\n'));
        bookKey.ifPresent(key -> cache.put(key, list.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private static Optional<byte[]> parseHex(String hex) {
        try {
            return Optional.of(HexFormat.of().parseHex(hex));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
