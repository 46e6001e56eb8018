package org.studyguide.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * A site's {@code assets/search-index.js} read back the way the browser reads it: the global's
 * base64 string, inflated, parsed as JSON into its documents.
 *
 * @param json      the inflated JSON text
 * @param documents the documents, in the index's order
 */
public record SearchIndexFile(String json, List<Document> documents) {
    private static final Pattern SCRIPT = Pattern.compile("window\\.studyguideSearchIndex=\"([A-Za-z0-9+/=]*)\";\n");

    /** One search document. */
    public record Document(String kind, String url, String title, String where, String text) {
    }

    /** Reads the index of the site in {@code site}. */
    public static SearchIndexFile read(Path site) {
        try {
            return parse(Files.readString(site.resolve("assets/search-index.js"), StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses the text of an index script, failing the test when it is not one. */
    public static SearchIndexFile parse(String script) {
        Matcher matcher = SCRIPT.matcher(script);
        assertThat(matcher.matches()).as("the index is one statement setting the global: %.80s", script).isTrue();
        String json = new String(inflate(Base64.getDecoder().decode(matcher.group(1))), StandardCharsets.UTF_8);
        JsonObject root = JsonParser.parseString(json).getAsJsonObject();
        assertThat(root.getAsJsonArray("fields").toString()).isEqualTo("[\"kind\",\"url\",\"title\",\"where\",\"text\"]");
        List<Document> documents = new ArrayList<>();
        for (var element : root.getAsJsonArray("documents")) {
            JsonArray d = element.getAsJsonArray();
            assertThat(d.size()).isEqualTo(5);
            documents.add(new Document(d.get(0).getAsString(), d.get(1).getAsString(), d.get(2).getAsString(),
                    d.get(3).getAsString(), d.get(4).getAsString()));
        }
        return new SearchIndexFile(json, documents);
    }

    /** The documents of one kind. */
    public List<Document> ofKind(String kind) {
        return documents.stream().filter(d -> d.kind().equals(kind)).toList();
    }

    /** The document that links to {@code url}, failing the test when there is not exactly one. */
    public Document at(String url) {
        List<Document> found = documents.stream().filter(d -> d.url().equals(url)).toList();
        assertThat(found).as("documents at %s", url).hasSize(1);
        return found.get(0);
    }

    private static byte[] inflate(byte[] bytes) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(bytes);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && inflater.needsInput()) {
                    throw new AssertionError("the index data is truncated");
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            throw new AssertionError("the index data is not zlib-deflated", e);
        } finally {
            inflater.end();
        }
    }
}
