package org.studyguide.link;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.studyguide.diag.Diagnostics;
import org.studyguide.diag.Suggestions;
import org.studyguide.model.Chapter;
import org.studyguide.model.Guide;
import org.studyguide.model.Quote;
import org.studyguide.model.Ref;
import org.studyguide.model.Source;

/**
 * The places where a source must be one of the readings, not a document: a quotation's
 * {@code source} (only readings are quoted and verified against their texts) and the keys of a
 * chapter's {@code stances} (the themes page has one column per reading).
 */
final class ReadingsOnly {
    private ReadingsOnly() {
    }

    /** Reports each of those references that names a document. */
    static void check(Guide guide, Diagnostics diagnostics) {
        Map<String, Source> sources = guide.sources().stream()
                .collect(Collectors.toMap(Source::id, Function.identity(), (a, b) -> a));
        List<String> readings = guide.sources().stream().filter(Source::isReading).map(Source::id).toList();
        for (Quote quote : guide.quotes()) {
            check(quote.source(), sources, readings, "a quotation comes from one of the readings", diagnostics);
        }
        for (Chapter chapter : guide.chapters()) {
            for (Chapter.Stance stance : chapter.stances()) {
                check(stance.reading(), sources, readings, "stances are the readings' positions", diagnostics);
            }
        }
    }

    private static void check(Ref ref, Map<String, Source> sources, List<String> readings, String rule,
            Diagnostics diagnostics) {
        Source source = sources.get(ref.id());
        if (source != null && !source.isReading()) {
            String hint = Suggestions.didYouMean(ref.id(), readings)
                    .orElse(readings.isEmpty() ? "add the reading to sources.yml"
                            : "name one of the readings: " + String.join(", ", readings));
            diagnostics.error(ref.position(), "'" + ref.id() + "' is a document, not a reading; " + rule, hint);
        }
    }
}
