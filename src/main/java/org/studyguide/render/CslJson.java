package org.studyguide.render;

import java.util.ArrayList;
import java.util.List;
import org.studyguide.model.Source;

/**
 * The bibliography as CSL-JSON, the format of Zotero and citeproc: an array of items, each with
 * {@code id}, {@code type} ({@code article-journal}, {@code report} or {@code document}),
 * {@code title}, {@code author} ({@code family}/{@code given}, or {@code literal} for an issuing
 * body), {@code issued} ({@code date-parts}, marked {@code circa} when read out of text),
 * {@code container-title}, {@code publisher} and {@code URL} when known.
 */
final class CslJson {
    private CslJson() {
    }

    /** The file for {@code sources}. */
    static String of(List<Source> sources) {
        List<String> items = new ArrayList<>();
        for (Source source : sources) {
            items.add(item(source));
        }
        return "[\n" + String.join(",\n", items) + "\n]\n";
    }

    private static String item(Source source) {
        List<String> fields = new ArrayList<>();
        fields.add(pair("id", source.id()));
        fields.add(pair("type", switch (Bibliography.type(source)) {
            case ARTICLE -> "article-journal";
            case REPORT -> "report";
            case DOCUMENT -> "document";
        }));
        fields.add(pair("title", source.title()));
        Bibliography.author(source).ifPresent(name -> fields.add(JsonString.of("author") + ": [{"
                + (name.isPerson() ? pair("family", name.family()) + ", " + pair("given", name.given())
                        : pair("literal", name.literal())) + "}]"));
        Bibliography.date(source.date()).ifPresent(date -> fields.add(JsonString.of("issued") + ": {"
                + JsonString.of("date-parts") + ": [[" + date.year() + (date.month() > 0 ? ", " + date.month() : "")
                + (date.day() > 0 ? ", " + date.day() : "") + "]]" + (date.exact() ? "" : ", \"circa\": true") + "}"));
        source.venue().ifPresent(venue -> fields.add(pair(
                Bibliography.type(source) == Bibliography.Type.ARTICLE ? "container-title" : "genre", venue)));
        source.publisher().ifPresent(publisher -> fields.add(pair("publisher", publisher)));
        source.url().ifPresent(url -> fields.add(pair("URL", url)));
        return "  {" + String.join(", ", fields) + "}";
    }

    private static String pair(String name, String value) {
        return JsonString.of(name) + ": " + JsonString.of(value.strip());
    }
}
