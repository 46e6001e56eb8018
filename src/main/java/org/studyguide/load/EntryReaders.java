package org.studyguide.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.studyguide.diag.Diagnostics;
import org.studyguide.diag.Suggestions;
import org.studyguide.model.Event;
import org.studyguide.model.Person;
import org.studyguide.model.Quote;
import org.studyguide.model.Ref;
import org.studyguide.model.Source;
import org.studyguide.model.Term;

/**
 * Reads the entry files ({@code glossary.yml}, {@code quotes.yml}, {@code sources.yml},
 * {@code timeline.yml}, {@code people.yml}): each a YAML list of mappings with a fixed set of keys.
 */
final class EntryReaders {
    static final Set<String> TERM_KEYS = Set.of(
            "id", "term", "expansion", "definition", "aliases", "related", "sources");
    static final Set<String> QUOTE_KEYS = Set.of(
            "id", "text", "source", "locator", "speaker", "quoting", "context", "explanation", "terms");
    static final Set<String> SOURCE_KEYS = Set.of(
            "id", "kind", "title", "author", "issuer", "venue", "publisher", "date", "url", "note");
    static final Set<String> EVENT_KEYS = Set.of(
            "id", "date", "title", "label", "text", "sources", "terms", "quotes");
    static final Set<String> PERSON_KEYS = Set.of(
            "id", "name", "group", "roles", "description", "aliases", "terms");

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
        return read(file, diagnostics, "quotation", QUOTE_KEYS, map -> {
            if (map.has("speaker") && map.has("quoting")) {
                diagnostics.error(map.positionOf("quoting"), "a quotation has either a 'speaker' or 'quoting', not both",
                        "keep 'speaker' for a person in people.yml, 'quoting' for a document");
            }
            Optional<Ref> speaker = map.optionalText("speaker")
                    .map(id -> new Ref(Ref.Kind.PERSON, id, map.positionOf("speaker")));
            return new Quote(map.text("id"), map.text("text"), singleRef(map, "source", Ref.Kind.SOURCE),
                    map.text("locator"), speaker, map.optionalText("quoting"), map.markdown("context"),
                    map.optionalMarkdown("explanation"), map.refs("terms", Ref.Kind.TERM), map.positionOf("id"),
                    map.positionOf("text"));
        });
    }

    /** Readings and documents. */
    static List<Source> sources(Path file, Diagnostics diagnostics) {
        return read(file, diagnostics, "source", SOURCE_KEYS, map -> SourceFields.source(map, diagnostics));
    }

    /** Timeline events. */
    static List<Event> events(Path file, Diagnostics diagnostics) {
        return read(file, diagnostics, "timeline event", EVENT_KEYS, map -> new Event(
                map.text("id"), EventDates.check(map, diagnostics), map.text("title"), EventLabels.check(map, diagnostics),
                map.markdown("text"),
                map.refs("sources", Ref.Kind.SOURCE), map.refs("terms", Ref.Kind.TERM),
                map.refs("quotes", Ref.Kind.QUOTE), map.positionOf("id")));
    }

    /** People; a missing file means no People page. */
    static List<Person> people(Path file, Diagnostics diagnostics) {
        return read(file, diagnostics, "person", PERSON_KEYS, map -> new Person(
                map.text("id"), map.text("name"), group(map, diagnostics), map.texts("roles"),
                map.markdown("description"), map.texts("aliases"), map.refs("terms", Ref.Kind.TERM),
                map.positionOf("id")));
    }

    private static Person.Group group(YamlMap map, Diagnostics diagnostics) {
        String key = map.text("group");
        Optional<Person.Group> group = Person.Group.of(key);
        if (group.isEmpty() && !key.isEmpty()) {
            List<String> keys = Arrays.stream(Person.Group.values()).map(Person.Group::key).toList();
            diagnostics.error(map.positionOf("group"), "unknown group '" + key + "'",
                    Suggestions.didYouMean(key, keys).orElse("write one of " + String.join(", ", keys)));
        }
        return group.orElse(Person.Group.OTHER);
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
