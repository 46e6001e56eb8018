package org.studyguide.render;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.studyguide.markdown.RefResolver;
import org.studyguide.model.Guide;
import org.studyguide.model.Item;
import org.studyguide.model.ItemId;
import org.studyguide.model.Person;
import org.studyguide.model.Quote;
import org.studyguide.model.Ref;
import org.studyguide.model.Source;
import org.studyguide.model.Term;

/** Finds the guide's items by id, and says how to link to each: the renderer's one source of labels and URLs. */
final class GuideLookup implements RefResolver {
    private final Map<ItemId, Item> items = new LinkedHashMap<>();
    /** Labels made once: a quotation's takes a look at its words, and pages on several threads ask for each many times. */
    private final Map<ItemId, String> labels = new ConcurrentHashMap<>();
    private final Map<ItemId, String> referenceLabels = new ConcurrentHashMap<>();

    GuideLookup(Guide guide) {
        guide.items().forEach(item -> items.putIfAbsent(item.itemId(), item));
    }

    @Override
    public Optional<Target> target(Ref.Kind kind, String id) {
        ItemId itemId = new ItemId(kind, id);
        return Optional.ofNullable(items.get(itemId)).map(item -> new Target(Urls.of(kind, id),
                referenceLabels.computeIfAbsent(itemId, unused -> item.referenceLabel())));
    }

    @Override
    public Optional<QuoteFigure> quote(String id) {
        return quoteById(id).map(quote -> {
            Source source = item(Ref.Kind.SOURCE, quote.source().id(), Source.class).orElse(null);
            String title = source == null ? quote.source().id() : source.title();
            return new QuoteFigure(quote.id(), quote.text(), speaker(quote), title,
                    Urls.of(Ref.Kind.SOURCE, quote.source().id()), quote.locator(), Urls.of(Ref.Kind.QUOTE, id),
                    Optional.empty());
        });
    }

    /**
     * Who speaks in a quotation when the reading quotes someone: the person (name, main role, link
     * to their entry) or the document it quotes; empty when the reading's author speaks.
     */
    Optional<Speaker> speaker(Quote quote) {
        Optional<Speaker> person = quote.speaker().flatMap(ref -> person(ref.id()))
                .map(p -> new Speaker(p.name(), p.mainRole(), Optional.of(Urls.of(Ref.Kind.PERSON, p.id()))));
        return person.or(() -> quote.quoting().filter(q -> !q.isBlank())
                .map(q -> new Speaker(q, "", Optional.empty())));
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
        return Optional.ofNullable(items.get(item)).map(found -> labels.computeIfAbsent(item, unused -> found.label()));
    }

    /** The term with {@code id}, if any. */
    Optional<Term> term(String id) {
        return item(Ref.Kind.TERM, id, Term.class);
    }

    /** True when {@code item} is a source of kind document (not one of the readings). */
    boolean isDocument(ItemId item) {
        return item.kind() == Ref.Kind.SOURCE
                && item(Ref.Kind.SOURCE, item.id(), Source.class).filter(s -> !s.isReading()).isPresent();
    }

    /** The quotation with {@code id}, if any. */
    Optional<Quote> quoteById(String id) {
        return item(Ref.Kind.QUOTE, id, Quote.class);
    }

    /** The person with {@code id}, if any. */
    Optional<Person> person(String id) {
        return item(Ref.Kind.PERSON, id, Person.class);
    }

    private <T extends Item> Optional<T> item(Ref.Kind kind, String id, Class<T> type) {
        return Optional.ofNullable(items.get(new ItemId(kind, id))).map(type::cast);
    }
}
