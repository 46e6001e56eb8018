package org.studyguide.render;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.studyguide.model.Source;

/**
 * The guide's sources as bibliography files a reference manager (Zotero, JabRef) imports:
 * {@code sources.bib} ({@link BibTex}) and {@code sources.json} ({@link CslJson}). This class
 * holds what both formats read from a source the same way: its type, its author and its date.
 */
final class Bibliography {
    /** The BibTeX file, from the site root. */
    static final String BIBTEX = "sources.bib";
    /** The CSL-JSON file, from the site root. */
    static final String CSL_JSON = "sources.json";

    private static final Pattern PERIODICAL = Pattern.compile(
            "\\b(Review|Quarterly|Magazine|Bulletin|Journal of)\\b|\\bJournal$");
    private static final Pattern REPORT = Pattern.compile("(?i)\\breport\\b");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
    private static final Pattern YEAR = Pattern.compile("\\b(1[5-9]\\d\\d|20\\d\\d)\\b");

    private Bibliography() {
    }

    /** What kind of work a source is, as both formats name it. */
    enum Type {
        /** A reading that appeared in a periodical: its venue is named like one ("NATO Review", "Journal of ..."). */
        ARTICLE,
        /** A document whose title calls it a report. */
        REPORT,
        /** Anything else: a paper, a treaty, a communiqué. */
        DOCUMENT
    }

    /**
     * A source's author: a person's family and given names, or a literal name (an issuing body,
     * or a single word).
     */
    record Name(String family, String given, String literal) {
        boolean isPerson() {
            return literal.isEmpty();
        }
    }

    /**
     * A source's date as far as it is known.
     *
     * @param month 0 when unknown
     * @param day   0 when unknown
     * @param exact false when the date was read out of text such as "early 2001"
     */
    record Date(int year, int month, int day, boolean exact) {
    }

    /** Adds both files to a rendered site. */
    static void addTo(Map<String, byte[]> files, List<Source> sources) {
        files.put(BIBTEX, BibTex.of(sources).getBytes(StandardCharsets.UTF_8));
        files.put(CSL_JSON, CslJson.of(sources).getBytes(StandardCharsets.UTF_8));
    }

    static Type type(Source source) {
        if (source.isReading()) {
            return source.venue().filter(v -> PERIODICAL.matcher(v).find()).isPresent() ? Type.ARTICLE : Type.DOCUMENT;
        }
        return REPORT.matcher(source.title()).find() ? Type.REPORT : Type.DOCUMENT;
    }

    /** The author of a reading, split into family and given names; the issuer of a document, as written. */
    static Optional<Name> author(Source source) {
        return source.author().map(String::strip).filter(a -> !a.isEmpty()).map(author -> {
            int space = author.lastIndexOf(' ');
            if (!source.isReading() || space < 0) {
                return new Name("", "", author);
            }
            return new Name(author.substring(space + 1), author.substring(0, space).strip(), "");
        });
    }

    /** The date: exact when written as an ISO date, else the first year the text names. */
    static Optional<Date> date(String text) {
        Matcher iso = ISO_DATE.matcher(text.strip());
        if (iso.matches()) {
            return Optional.of(new Date(Integer.parseInt(iso.group(1)), number(iso.group(2)), number(iso.group(3)), true));
        }
        Matcher year = YEAR.matcher(text);
        return year.find() ? Optional.of(new Date(Integer.parseInt(year.group(1)), 0, 0, false)) : Optional.empty();
    }

    private static int number(String digits) {
        return digits == null ? 0 : Integer.parseInt(digits);
    }
}
