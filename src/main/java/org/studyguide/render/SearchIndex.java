package org.studyguide.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * The search index file, {@code assets/search-index.js}: the search documents as JSON, compressed
 * with deflate (zlib format) and base64-encoded into a script that sets one global. A script, not
 * a data file, so that it loads from disk where {@code fetch} cannot; compressed, so that it stays
 * small. The browser inflates it with {@code DecompressionStream} and builds the lunr index on first use.
 *
 * <p>The JSON is {@code {"fields":[...],"documents":[[kind, url, title, where, text], ...]}}.
 */
final class SearchIndex {
    /** Where the index lives in the site. */
    static final String FILE = "assets/search-index.js";
    /** The global the script sets. */
    static final String GLOBAL = "studyguideSearchIndex";
    private static final int BUFFER = 64 * 1024;

    private SearchIndex() {
    }

    /**
     * The script file for {@code documents}. The JSON is written straight into the compressor, a
     * small buffer at a time: made whole, a 10,000-chapter guide's 22 MB of JSON was copied three
     * times over (builder, string, bytes) and compressed in one call, during which the collector
     * cannot move the array and every thread that needed a collection waited. Compressed at zlib's
     * default level: the best level took five times as long (0.57 s against 0.11 s for those 22 MB)
     * for an index 3.5 % smaller (0.6 % for the real guide's).
     */
    static byte[] script(List<SearchDocument> documents) {
        ByteArrayOutputStream script = new ByteArrayOutputStream();
        script.writeBytes(("window." + GLOBAL + "=\"").getBytes(StandardCharsets.US_ASCII));
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION);
        try (Writer json = new OutputStreamWriter(new DeflaterOutputStream(Base64.getEncoder().wrap(script), deflater,
                BUFFER), StandardCharsets.UTF_8)) {
            json(documents, json);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot happen: the index is written to memory", e);
        } finally {
            deflater.end();
        }
        script.writeBytes("\";\n".getBytes(StandardCharsets.US_ASCII));
        return script.toByteArray();
    }

    /** The documents as JSON, before compression, into {@code json}. */
    private static void json(List<SearchDocument> documents, Writer json) throws IOException {
        json.write("{\"fields\":[\"kind\",\"url\",\"title\",\"where\",\"text\"],\"documents\":[");
        for (int i = 0; i < documents.size(); i++) {
            SearchDocument document = documents.get(i);
            json.write(i == 0 ? "[" : ",[");
            JsonString.write(json, document.kind().label());
            json.write(',');
            JsonString.write(json, document.url());
            json.write(',');
            JsonString.write(json, document.title());
            json.write(',');
            JsonString.write(json, document.where());
            json.write(',');
            JsonString.write(json, document.text());
            json.write(']');
        }
        json.write("]}");
    }
}
