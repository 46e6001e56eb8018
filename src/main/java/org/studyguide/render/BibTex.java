package org.studyguide.render;

import java.util.List;
import java.util.Locale;
import org.studyguide.model.Source;

/**
 * The bibliography as BibTeX: one entry per source, keyed by its id; {@code @article} for a reading
 * in a periodical, {@code @report} for a report, {@code @misc} otherwise. Text is UTF-8 with
 * BibTeX's special characters escaped; an issuing body is braced so it is not read as a person.
 */
final class BibTex {
    private BibTex() {
    }

    /** The file for {@code sources}. */
    static String of(List<Source> sources) {
        StringBuilder bib = new StringBuilder("% Encoding: UTF-8\n% The sources of the guide, exported by studyguide.\n");
        for (Source source : sources) {
            bib.append('\n').append(entry(source));
        }
        return bib.toString();
    }

    private static String entry(Source source) {
        Bibliography.Type type = Bibliography.type(source);
        StringBuilder entry = new StringBuilder("@").append(switch (type) {
            case ARTICLE -> "article";
            case REPORT -> "report";
            case DOCUMENT -> "misc";
        }).append('{').append(source.id());
        Bibliography.author(source).ifPresent(name -> field(entry, "author", name.isPerson()
                ? escape(name.family()) + ", " + escape(name.given()) : "{" + escape(name.literal()) + "}"));
        field(entry, "title", escape(source.title()));
        source.venue().ifPresent(venue -> field(entry, switch (type) {
            case ARTICLE -> "journal";
            case REPORT -> "type";
            case DOCUMENT -> "howpublished";
        }, escape(venue)));
        source.publisher().ifPresent(p -> field(entry, type == Bibliography.Type.REPORT ? "institution" : "publisher",
                escape(p)));
        Bibliography.date(source.date()).ifPresent(date -> {
            field(entry, "year", String.valueOf(date.year()));
            if (date.month() > 0) {
                field(entry, "month", String.valueOf(date.month()));
            }
            if (date.exact()) {
                field(entry, "date", source.date().strip());
            }
        });
        if (Bibliography.date(source.date()).filter(Bibliography.Date::exact).isEmpty()) {
            field(entry, "note", "Date: " + escape(source.date()));
        }
        source.url().ifPresent(url -> field(entry, "url", url.replace("{", "%7B").replace("}", "%7D")));
        return entry.append("\n}\n").toString();
    }

    private static void field(StringBuilder entry, String name, String value) {
        entry.append(",\n  ").append(String.format(Locale.ROOT, "%-12s", name)).append(" = {").append(value).append('}');
    }

    /** Text with BibTeX's and LaTeX's special characters escaped, so that braces always balance. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.strip().toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\textbackslash{}");
                case '{', '}', '&', '%', '$', '#', '_' -> out.append('\\').append(c);
                case '~' -> out.append("\\textasciitilde{}");
                case '^' -> out.append("\\textasciicircum{}");
                case '\n', '\r', '\t' -> out.append(' ');
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
