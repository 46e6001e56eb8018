package org.studyguide.load;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.studyguide.diag.Diagnostics;
import org.studyguide.diag.Suggestions;
import org.studyguide.model.Markdown;
import org.studyguide.model.Source;

/**
 * Reads one entry of {@code sources.yml}: its {@code kind} ({@code reading} unless stated), and
 * the fields that depend on it. A reading needs a note on its perspective; a document may leave it
 * out. A document's issuer is written {@code issuer} (or {@code author}), never both.
 */
final class SourceFields {
    private static final List<String> KINDS =
            Arrays.stream(Source.Kind.values()).map(Source.Kind::key).toList();

    private SourceFields() {
    }

    /** The source that {@code map} describes. */
    static Source source(YamlMap map, Diagnostics diagnostics) {
        Optional<Source.Kind> known = kind(map, diagnostics);
        Source.Kind kind = known.orElse(Source.Kind.READING);
        if (map.has("author") && map.has("issuer")) {
            diagnostics.error(map.positionOf("issuer"), "a source has either an 'author' or an 'issuer', not both",
                    "keep 'issuer' for a body that issued a document (such as NATO), 'author' for a person");
        }
        Optional<String> author = map.optionalText("author").or(() -> map.optionalText("issuer"));
        // A note is required of a reading; with a mistyped kind, only that mistake is reported.
        Markdown note = known.equals(Optional.of(Source.Kind.READING)) ? map.markdown("note")
                : map.optionalMarkdown("note").orElseGet(() -> Markdown.at("", map.position()));
        return new Source(map.text("id"), kind, map.text("title"), author, map.optionalText("venue"),
                map.optionalText("publisher"), map.text("date"), UrlField.read(map, "url", diagnostics), note, map.positionOf("id"));
    }

    /** The kind written (a reading when none is), or empty after reporting a kind that is not known. */
    private static Optional<Source.Kind> kind(YamlMap map, Diagnostics diagnostics) {
        Optional<String> written = map.optionalText("kind");
        if (written.isEmpty()) {
            return Optional.of(Source.Kind.READING);
        }
        String key = written.get().toLowerCase(Locale.ROOT);
        for (Source.Kind kind : Source.Kind.values()) {
            if (kind.key().equals(key)) {
                return Optional.of(kind);
            }
        }
        diagnostics.error(map.positionOf("kind"), "unknown source kind '" + written.get() + "'",
                Suggestions.didYouMean(key, KINDS).orElse("write 'kind: reading' or 'kind: document'"));
        return Optional.empty();
    }
}
