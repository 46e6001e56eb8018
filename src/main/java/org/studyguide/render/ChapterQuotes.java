package org.studyguide.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.studyguide.markdown.RefResolver;
import org.studyguide.model.ItemId;
import org.studyguide.model.Quote;
import org.studyguide.model.Ref;

/**
 * The list of quotations at the end of a chapter: by reading, in the order the chapter first uses
 * them, each with its opening words and who speaks, so that a student can find one again without
 * a wall of truncated links. View records as in {@link Views}.
 */
public final class ChapterQuotes {
    private ChapterQuotes() {
    }

    /**
     * The quotations a chapter uses.
     *
     * @param count how many there are, across the groups
     */
    public record Index(int count, List<Group> groups) {
    }

    /** The quotations from one reading, named by its title. */
    public record Group(String reading, List<Entry> quotes) {
    }

    /**
     * One quotation in the list.
     *
     * @param opening its first words, in quotation marks
     * @param speaker who speaks when the reading quotes someone (or a document); empty when the
     *                reading's author speaks
     */
    public record Entry(String url, String opening, String speaker) {
    }

    /** The index of the quotations among a chapter's {@code uses}. */
    static Index of(List<ItemId> uses, GuideLookup lookup) {
        List<Quote> quotes = uses.stream().filter(use -> use.kind() == Ref.Kind.QUOTE)
                .flatMap(use -> lookup.quoteById(use.id()).stream())
                .toList();
        Map<String, List<Entry>> byReading = new LinkedHashMap<>();
        for (Quote quote : quotes) {
            String reading = lookup.label(ItemId.of(quote.source())).orElse(quote.source().id());
            String speaker = lookup.speaker(quote).map(RefResolver.Speaker::name).orElse("");
            byReading.computeIfAbsent(reading, r -> new ArrayList<>())
                    .add(new Entry(Urls.of(quote.itemId()), quote.label(), speaker));
        }
        List<Group> groups = byReading.entrySet().stream().map(e -> new Group(e.getKey(), e.getValue())).toList();
        return new Index(quotes.size(), groups);
    }
}
