package org.studyguide.render;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.studyguide.markdown.RefResolver;
import org.studyguide.model.Chapter;
import org.studyguide.model.Event;
import org.studyguide.model.Guide;
import org.studyguide.model.ItemId;
import org.studyguide.model.Quote;
import org.studyguide.model.Ref;
import org.studyguide.model.Source;
import org.studyguide.model.Term;

/** Finds the guide's items by id, and says how to link to each: the renderer's one source of labels and URLs. */
final class GuideLookup implements RefResolver {
    private static final int QUOTE_LABEL_WORDS = 8;

    private final Map<String, Chapter> chapters;
    private final Map<String, Term> terms;
    private final Map<String, Quote> quotes;
    private final Map<String, Source> sources;
    private final Map<String, Event> events;

    GuideLookup(Guide guide) {
        chapters = index(guide.chapters(), Chapter::id);
        terms = index(guide.terms(), Term::id);
        quotes = index(guide.quotes(), Quote::id);
        sources = index(guide.sources(), Source::id);
        events = index(guide.events(), Event::id);
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> id) {
        Map<String, T> map = new LinkedHashMap<>();
        items.forEach(item -> map.putIfAbsent(id.apply(item), item));
        return map;
    }

    @Override
    public Optional<Target> target(Ref.Kind kind, String id) {
        return label(new ItemId(kind, id)).map(label -> new Target(Urls.of(kind, id), label));
    }

    @Override
    public Optional<QuoteFigure> quote(String id) {
        return Optional.ofNullable(quotes.get(id)).map(quote -> {
            Source source = sources.get(quote.source().id());
            String title = source == null ? quote.source().id() : source.title();
            return new QuoteFigure(quote.id(), quote.text(), quote.speaker(), title,
                    Urls.of(Ref.Kind.SOURCE, quote.source().id()), quote.locator(), Urls.of(Ref.Kind.QUOTE, id));
        });
    }

    /** A link to an item that exists. */
    Views.Link link(ItemId item) {
        return new Views.Link(Urls.of(item), label(item).orElse(item.id()));
    }

    /** Links to each of {@code items}. */
    List<Views.Link> links(List<ItemId> items) {
        return items.stream().map(this::link).toList();
    }

    /** Links to each of the items that {@code refs} name. */
    List<Views.Link> linksTo(List<Ref> refs) {
        return refs.stream().map(ItemId::of).map(this::link).toList();
    }

    /** How an item is named in links: a chapter's title, a term's headword, a quotation's first words. */
    Optional<String> label(ItemId item) {
        return switch (item.kind()) {
            case CHAPTER -> Optional.ofNullable(chapters.get(item.id())).map(Chapter::title);
            case TERM -> Optional.ofNullable(terms.get(item.id())).map(Term::headword);
            case QUOTE -> Optional.ofNullable(quotes.get(item.id())).map(q -> quoteLabel(q.text()));
            case SOURCE -> Optional.ofNullable(sources.get(item.id())).map(Source::title);
            case EVENT -> Optional.ofNullable(events.get(item.id())).map(Event::title);
        };
    }

    /** The term with {@code id}, if any. */
    Optional<Term> term(String id) {
        return Optional.ofNullable(terms.get(id));
    }

    /** True when {@code item} is a source of kind document (not one of the readings). */
    boolean isDocument(ItemId item) {
        return item.kind() == Ref.Kind.SOURCE
                && Optional.ofNullable(sources.get(item.id())).filter(s -> !s.isReading()).isPresent();
    }

    /** The quotation with {@code id}, if any. */
    Optional<Quote> quoteById(String id) {
        return Optional.ofNullable(quotes.get(id));
    }

    private static String quoteLabel(String text) {
        String[] words = text.strip().split("\\s+");
        String start = String.join(" ", java.util.Arrays.copyOf(words, Math.min(words.length, QUOTE_LABEL_WORDS)));
        return "“" + start + (words.length > QUOTE_LABEL_WORDS ? "…”" : "”");
    }
}
