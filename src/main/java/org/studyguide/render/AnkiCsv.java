package org.studyguide.render;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Safelist;

/**
 * The glossary as a CSV file that Anki imports: one Basic note per term with the columns Front
 * (the headword), Back (the expansion in bold and the definition, as simple HTML without links) and
 * Tags (the guide's title as a slug and the ids of the readings that discuss the term). The file
 * starts with Anki's header lines, which say all that, so the import needs no settings; each header
 * line starts with {@code #}, which Anki reads as a comment when it does not know the key.
 */
final class AnkiCsv {
    /** The file's path in the site. */
    static final String FILE = "glossary-anki.csv";

    private static final List<String> HEADER = List.of(
            "#separator:comma", "#html:true", "#notetype:Basic", "#columns:Front,Back,Tags", "#tags column:3");
    private static final Safelist SIMPLE_HTML = Safelist.none()
            .addTags("p", "br", "b", "strong", "i", "em", "ul", "ol", "li", "code", "sub", "sup");

    private AnkiCsv() {
    }

    /** The whole file, UTF-8 without a byte-order mark. */
    static byte[] of(String guideTitle, List<SelfTestPages.Flashcard> cards) {
        StringBuilder csv = new StringBuilder();
        HEADER.forEach(line -> csv.append(line).append(Csv.CRLF));
        String guideTag = slug(guideTitle);
        for (SelfTestPages.Flashcard card : cards) {
            csv.append(Csv.record(List.of(Entities.escape(card.headword()), back(card), tags(guideTag, card))));
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The back of a card: the expansion in bold, a line break, then the definition without links. */
    static String back(SelfTestPages.Flashcard card) {
        String expansion = card.expansion().isEmpty() ? "" : "<b>" + Entities.escape(card.expansion()) + "</b><br>";
        String definition = Jsoup.clean(card.definitionHtml(), "", SIMPLE_HTML,
                new Document.OutputSettings().prettyPrint(false));
        return (expansion + definition).replaceAll("\\s*\\R\\s*", " ").strip();
    }

    /** Space-separated tags: the guide's and the readings', each without spaces. */
    static String tags(String guideTag, SelfTestPages.Flashcard card) {
        Set<String> tags = new LinkedHashSet<>();
        if (!guideTag.isEmpty()) {
            tags.add(guideTag);
        }
        card.readings().forEach(id -> tags.add(id.strip().replaceAll("\\s+", "_")));
        return String.join(" ", new ArrayList<>(tags));
    }

    /** A title as a tag: lower case, accents dropped, every run of other characters one hyphen. */
    static String slug(String title) {
        String plain = Normalizer.normalize(title, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
    }
}
