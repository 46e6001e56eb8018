package org.studyguide.render;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
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
    /** Characters that make a spreadsheet read a cell as a formula when they come first. */
    private static final String FORMULA_START = "=+-@\t\r";
    /** A line break with the spaces around it, compiled once rather than for each card. */
    private static final Pattern LINE_BREAK = Pattern.compile("\\s*\\R\\s*");
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
            csv.append(Csv.record(List.of(inert(Entities.escape(card.headword())), inert(back(card)),
                    tags(guideTag, card))));
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * An HTML field that no spreadsheet takes for a formula (OWASP's advice on CSV injection): a
     * first character that starts one ({@code = + - @}, tab, CR) is written as a numeric character
     * reference. Anki reads the fields as HTML ({@code #html:true}), so the card shows exactly the
     * character the author wrote, while a spreadsheet sees a cell starting with {@code &}, which is
     * text. (OWASP's leading apostrophe would show on every such card.)
     */
    static String inert(String html) {
        return !html.isEmpty() && FORMULA_START.indexOf(html.charAt(0)) >= 0
                ? "&#" + (int) html.charAt(0) + ";" + html.substring(1) : html;
    }

    /** The back of a card: the expansion in bold, a line break, then the definition without links. */
    static String back(SelfTestPages.Flashcard card) {
        String expansion = card.expansion().isEmpty() ? "" : "<b>" + Entities.escape(card.expansion()) + "</b><br>";
        String definition = Jsoup.clean(card.definitionHtml(), "", SIMPLE_HTML,
                new Document.OutputSettings().prettyPrint(false));
        return LINE_BREAK.matcher(expansion + definition).replaceAll(" ").strip();
    }

    /**
     * Space-separated tags: the guide's and the readings', each without spaces. The column is plain
     * text, not HTML, so a reading id's leading formula characters are dropped from its tag.
     */
    static String tags(String guideTag, SelfTestPages.Flashcard card) {
        Set<String> tags = new LinkedHashSet<>();
        if (!guideTag.isEmpty()) {
            tags.add(guideTag);
        }
        card.readings().stream().map(id -> id.strip().replaceAll("\\s+", "_").replaceFirst("^[=+\\-@]+", ""))
                .filter(tag -> !tag.isEmpty()).forEach(tags::add);
        return String.join(" ", new ArrayList<>(tags));
    }

    /** A title as a tag: lower case, accents dropped, every run of other characters one hyphen. */
    static String slug(String title) {
        String plain = Normalizer.normalize(title, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
    }
}
