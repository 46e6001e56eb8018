package org.studyguide.render;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.zip.Deflater;

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

    private SearchIndex() {
    }

    /** The script file for {@code documents}. */
    static byte[] script(List<SearchDocument> documents) {
        String data = Base64.getEncoder().encodeToString(Zlib.deflate(json(documents).getBytes(StandardCharsets.UTF_8),
                Deflater.BEST_COMPRESSION));
        return ("window." + GLOBAL + "=\"" + data + "\";\n").getBytes(StandardCharsets.US_ASCII);
    }

    /** The documents as JSON, before compression. */
    static String json(List<SearchDocument> documents) {
        StringBuilder json = new StringBuilder("{\"fields\":[\"kind\",\"url\",\"title\",\"where\",\"text\"],\"documents\":[");
        for (int i = 0; i < documents.size(); i++) {
            SearchDocument document = documents.get(i);
            json.append(i == 0 ? "[" : ",[");
            Json.string(json, document.kind().label()).append(',');
            Json.string(json, document.url()).append(',');
            Json.string(json, document.title()).append(',');
            Json.string(json, document.where()).append(',');
            Json.string(json, document.text()).append(']');
        }
        return json.append("]}").toString();
    }

    /** Writes JSON strings. */
    private static final class Json {
        private Json() {
        }

        static StringBuilder string(StringBuilder out, String value) {
            out.append('"');
            // Runs of characters that need no escape are copied whole: the index holds the
            // text of every chapter, which one append per character would copy slowly.
            int run = 0;
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c < 0x20 || c == '"' || c == '\\') {
                    out.append(value, run, i).append(escape(c));
                    run = i + 1;
                }
            }
            out.append(value, run, value.length());
            return out.append('"');
        }

        /** How {@code c}, a quote, backslash or control character, is written inside a JSON string. */
        private static String escape(char c) {
            return switch (c) {
                case '"' -> "\\\"";
                case '\\' -> "\\\\";
                case '\n' -> "\\n";
                case '\t' -> "\\t";
                case '\r' -> "\\r";
                default -> String.format("\\u%04x", (int) c);
            };
        }
    }
}
