package org.studyguide.build;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.jbibtex.LaTeXParser;
import org.jbibtex.LaTeXPrinter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studyguide.testing.BuiltGuide;
import org.studyguide.testing.GuideFixture;

/**
 * {@code sources.bib} and {@code sources.json} parsed back: BibTeX with jbibtex (escapes decoded
 * to the text written), CSL-JSON checked against the CSL-JSON schema's shape for the variables
 * the export writes (csl-data.json: required {@code id} and {@code type}, names, dates, strings).
 */
class BibliographyExportTest {
    private static final String SOURCES = GuideFixture.SOURCES + """
            - id: tricky
              title: "Costs & benefits: 50% of {the} $ budget #1_a"
              author: Mary-Jane O'Neil
              venue: Journal of Security Studies
              publisher: Press & Co
              date: 2001 or so
              note: Special characters.
            - id: act
              kind: document
              title: The Founding Act
              issuer: NATO and the Russian Federation
              date: "1997-05-27"
              url: https://example.org/act?a=1&b=2#x
            - id: fact-finding
              kind: document
              title: "Fact-finding mission: Report"
              issuer: Council of the European Union
              date: "2009-09"
            """;
    /** CSL-JSON item types (CSL 1.0.2), from the schema's enumeration of {@code type}. */
    private static final Set<String> CSL_TYPES = Set.of("article", "article-journal", "article-magazine",
            "article-newspaper", "bill", "book", "broadcast", "chapter", "classic", "collection", "dataset", "document",
            "entry", "entry-dictionary", "entry-encyclopedia", "event", "figure", "graphic", "hearing", "interview",
            "legal_case", "legislation", "manuscript", "map", "motion_picture", "musical_score", "pamphlet",
            "paper-conference", "patent", "performance", "periodical", "personal_communication", "post",
            "post-weblog", "regulation", "report", "review", "review-book", "software", "song", "speech", "standard",
            "thesis", "treaty", "webpage");
    private static final Set<String> STRING_VARIABLES = Set.of("id", "type", "title", "container-title", "publisher",
            "genre", "URL");

    @TempDir
    Path root;

    private BuiltGuide build() {
        return GuideFixture.in(root).file("sources.yml", SOURCES).build().assertClean();
    }

    @Test
    void theBibTexFileHasOneEntryPerSourceOfTheFittingType() throws Exception {
        BibTeXDatabase bib = new BibTeXParser().parse(new StringReader(read(build(), "sources.bib")));
        Map<String, String> types = new LinkedHashMap<>();
        bib.getEntries().forEach((key, entry) -> types.put(key.getValue(), entry.getType().getValue()));
        assertThat(types).containsOnly(Map.entry("reading-a", "article"), Map.entry("tricky", "article"),
                Map.entry("act", "misc"), Map.entry("fact-finding", "report"));
    }

    @Test
    void bibTexFieldsReadBackAsWritten() throws Exception {
        BibTeXDatabase bib = new BibTeXParser().parse(new StringReader(read(build(), "sources.bib")));
        BibTeXEntry tricky = bib.resolveEntry(new Key("tricky"));
        assertThat(latex(tricky, BibTeXEntry.KEY_TITLE)).isEqualTo("Costs & benefits: 50% of {the} $ budget #1_a");
        assertThat(tricky.getField(BibTeXEntry.KEY_AUTHOR).toUserString()).isEqualTo("O'Neil, Mary-Jane");
        assertThat(latex(tricky, BibTeXEntry.KEY_JOURNAL)).isEqualTo("Journal of Security Studies");
        assertThat(latex(tricky, BibTeXEntry.KEY_PUBLISHER)).isEqualTo("Press & Co");
        assertThat(latex(tricky, BibTeXEntry.KEY_YEAR)).isEqualTo("2001");
        BibTeXEntry act = bib.resolveEntry(new Key("act"));
        assertThat(act.getField(BibTeXEntry.KEY_AUTHOR).toUserString()).isEqualTo("{NATO and the Russian Federation}");
        assertThat(act.getField(BibTeXEntry.KEY_URL).toUserString()).isEqualTo("https://example.org/act?a=1&b=2#x");
        assertThat(act.getField(new Key("date")).toUserString()).isEqualTo("1997-05-27");
        assertThat(act.getField(BibTeXEntry.KEY_MONTH).toUserString()).isEqualTo("5");
        assertThat(bib.resolveEntry(new Key("fact-finding")).getField(BibTeXEntry.KEY_AUTHOR).toUserString())
                .isEqualTo("{Council of the European Union}");
    }

    @Test
    void theCslJsonFileHasTheSchemasShape() throws Exception {
        JsonArray items = JsonParser.parseString(read(build(), "sources.json")).getAsJsonArray();
        assertThat(items).hasSize(4);
        for (JsonElement element : items) {
            JsonObject item = element.getAsJsonObject();
            assertThat(item.has("id") && item.has("type")).as("required id and type in " + item).isTrue();
            assertThat(CSL_TYPES).contains(item.get("type").getAsString());
            for (String key : item.keySet()) {
                if (STRING_VARIABLES.contains(key)) {
                    assertThat(item.get(key).getAsJsonPrimitive().isString()).as(key).isTrue();
                } else if (key.equals("author")) {
                    assertNames(item.getAsJsonArray(key));
                } else if (key.equals("issued")) {
                    assertDate(item.getAsJsonObject(key));
                } else {
                    throw new AssertionError("unexpected variable " + key + " in " + item);
                }
            }
        }
    }

    @Test
    void cslJsonValuesAreTheSources() throws Exception {
        JsonArray items = JsonParser.parseString(read(build(), "sources.json")).getAsJsonArray();
        JsonObject tricky = items.get(1).getAsJsonObject();
        assertThat(tricky.get("title").getAsString()).isEqualTo("Costs & benefits: 50% of {the} $ budget #1_a");
        assertThat(tricky.get("type").getAsString()).isEqualTo("article-journal");
        assertThat(tricky.get("container-title").getAsString()).isEqualTo("Journal of Security Studies");
        JsonObject author = tricky.getAsJsonArray("author").get(0).getAsJsonObject();
        assertThat(author.get("family").getAsString()).isEqualTo("O'Neil");
        assertThat(author.get("given").getAsString()).isEqualTo("Mary-Jane");
        assertThat(tricky.getAsJsonObject("issued").get("circa").getAsBoolean()).isTrue();
        JsonObject act = items.get(2).getAsJsonObject();
        assertThat(act.getAsJsonArray("author").get(0).getAsJsonObject().get("literal").getAsString())
                .isEqualTo("NATO and the Russian Federation");
        assertThat(act.getAsJsonObject("issued").getAsJsonArray("date-parts").toString()).isEqualTo("[[1997,5,27]]");
        assertThat(act.get("URL").getAsString()).isEqualTo("https://example.org/act?a=1&b=2#x");
        assertThat(items.get(3).getAsJsonObject().get("type").getAsString()).isEqualTo("report");
    }

    private static void assertNames(JsonArray names) {
        assertThat(names).isNotEmpty();
        for (JsonElement name : names) {
            JsonObject object = name.getAsJsonObject();
            assertThat(Set.of("family", "given", "literal")).containsAll(object.keySet());
            assertThat(object.has("literal") || object.has("family")).isTrue();
            object.entrySet().forEach(e -> assertThat(e.getValue().getAsJsonPrimitive().isString()).isTrue());
        }
    }

    private static void assertDate(JsonObject date) {
        assertThat(Set.of("date-parts", "circa")).containsAll(date.keySet());
        JsonArray parts = date.getAsJsonArray("date-parts");
        assertThat(parts.size()).isBetween(1, 2);
        for (JsonElement part : parts) {
            assertThat(part.getAsJsonArray().size()).isBetween(1, 3);
            part.getAsJsonArray().forEach(n -> assertThat(n.getAsJsonPrimitive().isNumber()).isTrue());
        }
    }

    private static String latex(BibTeXEntry entry, Key field) throws Exception {
        return new LaTeXPrinter().print(new LaTeXParser().parse(entry.getField(field).toUserString()));
    }

    private static String read(BuiltGuide built, String file) throws Exception {
        return Files.readString(built.out().resolve(file), StandardCharsets.UTF_8);
    }
}
