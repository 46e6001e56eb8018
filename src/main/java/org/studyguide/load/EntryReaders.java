package org.studyguide.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.studyguide.diag.Diagnostics;
import org.studyguide.model.Event;
import org.studyguide.model.Quote;
import org.studyguide.model.Ref;
import org.studyguide.model.Source;
import org.studyguide.model.Term;

/**
 * Reads the four entry files ({@code glossary.yml}, {@code quotes.yml}, {@code sources.yml},
 * {@code timeline.yml}): each a YAML list of mappings with a fixed set of keys.
 */
final class EntryReaders {
    static final Set<String> TERM_KEYS = Set.of(
            "id", "term", "expansion", "definition", "aliases", "related", "sources");
    static final Set<String> QUOTE_KEYS = Set.of(
            "id", "text", "source", "locator", "speaker", "context", "terms");
    static final Set<String> SOURCE_KEYS = Set.of(
            "id", "title", "author", "venue", "date", "url", "note");
    static final Set<String> EVENT_KEYS = Set.of(
            "id", "date", "title", "text", "sources", "terms", "quotes");

    private EntryReaders() {
    }

    /** Glossary terms; a missing file means no glossary. */
    static List<Term> terms(Path file, Diagnostics diagnostics) {
        return read(file, diagnostics, "glossary term", TERM_KEYS, map -> {
            String id = map.text("id");
            return new Term(id, map.optionalText("term").orElse(id), map.optionalText("expansion"),
                    map.markdown("definition"), map.texts("aliases"), map.refs("related", Ref.Kind.TERM),
                    map.refs("sources", Ref.Kind.SOURCE), map.positionOf("id"));
        });
    }

    /** Quotations. */
    static List<Quote> quotes(Path file, Diagnostics diagnostics) {
        return read(file, diagnostics, "quotation", QUOTE_KEYS, map -> new Quote(
                map.text("id"), map.text("text"), singleRef(map, "source", Ref.Kind.SOURCE),
                map.text("locator"), map.optionalText("speaker"), map.markdown("context"),
                map.refs("terms", Ref.Kind.TERM), map.positionOf("id"), map.positionOf("text")));
    }

    /** Readings. */
    static List<Source> sources(Path file, Diagnostics diagnostics) {
        return read(file, diagnostics, "reading", SOURCE_KEYS, map -> new Source(
                map.text("id"), map.text("title"), map.optionalText("author"), map.optionalText("venue"),
                map.text("date"), UrlField.read(map, "url", diagnostics), map.markdown("note"), map.positionOf("id")));
    }

    /** Timeline events. */
    static List<Event> events(Path file, Diagnostics diagnostics) {
        return read(file, diagnostics, "timeline event", EVENT_KEYS, map -> new Event(
                map.text("id"), EventDates.check(map, diagnostics), map.text("title"), map.markdown("text"),
                map.refs("sources", Ref.Kind.SOURCE), map.refs("terms", Ref.Kind.TERM),
                map.refs("quotes", Ref.Kind.QUOTE), map.positionOf("id")));
    }

    private static Ref singleRef(YamlMap map, String key, Ref.Kind kind) {
        return new Ref(kind, map.text(key), map.positionOf(key));
    }

    private static <T> List<T> read(Path file, Diagnostics diagnostics, String what, Set<String> keys,
            Function<YamlMap, T> entry) {
        if (!Files.exists(file)) {
            return List.of();
        }
        return ContentFiles.read(file, diagnostics, "")
                .flatMap(text -> YamlSource.parse(file, 0, text, diagnostics))
                .map(document -> document.asList(what, keys).stream().map(entry).toList())
                .orElse(List.of());
    }
}
