package org.studyguide.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.studyguide.link.LinkedGuide;
import org.studyguide.model.Guide;
import org.studyguide.model.ItemId;
import org.studyguide.model.Quote;
import org.studyguide.model.Ref;
import org.studyguide.model.Source;
import org.studyguide.model.Term;

/** Builds the views of the reference pages: glossary, quotations and readings ({@link TimelineViews}: the timeline). */
final class EntryViews {
    private final LinkedGuide linked;
    private final GuideLookup lookup;
    private final MarkdownHtml markdown;

    EntryViews(LinkedGuide linked, GuideLookup lookup, MarkdownHtml markdown) {
        this.linked = linked;
        this.lookup = lookup;
        this.markdown = markdown;
    }

    /** Terms sorted alphabetically (ignoring case), grouped by initial letter. */
    Views.GlossaryPage glossary() {
        Map<String, List<Views.TermEntry>> letters = new LinkedHashMap<>();
        linked.guide().terms().stream()
                .sorted(Comparator.comparing((Term t) -> t.headword().toLowerCase(Locale.ROOT)).thenComparing(Term::id))
                .forEach(term -> letters.computeIfAbsent(initial(term.headword()), k -> new ArrayList<>()).add(entry(term)));
        List<Views.LetterGroup> groups = new ArrayList<>();
        letters.forEach((letter, terms) -> groups.add(new Views.LetterGroup(letter, terms)));
        return new Views.GlossaryPage("Glossary", groups);
    }

    private Views.TermEntry entry(Term term) {
        ItemId id = new ItemId(Ref.Kind.TERM, term.id());
        return new Views.TermEntry(term.id(), term.headword(), term.expansion().orElse(""),
                markdown.html(term.definition()), term.aliases(), lookup.linksTo(term.related()),
                lookup.linksTo(term.sources()), usedIn(id));
    }

    /** Quotations grouped by reading, readings in the order of {@code sources.yml}. */
    Views.QuotesPage quotes() {
        Guide guide = linked.guide();
        List<Views.QuoteGroup> groups = new ArrayList<>();
        for (Source source : guide.sources()) {
            List<Views.QuoteCard> cards = guide.quotes().stream()
                    .filter(q -> q.source().id().equals(source.id())).map(this::card).toList();
            if (!cards.isEmpty()) {
                groups.add(new Views.QuoteGroup(lookup.link(new ItemId(Ref.Kind.SOURCE, source.id())), cards));
            }
        }
        List<Views.FilterOption> readings = groups.stream()
                .map(g -> new Views.FilterOption(g.quotes().get(0).readingId(), g.reading().label())).toList();
        return new Views.QuotesPage("Quotations", groups, readings,
                FilterOptions.terms(guide.quotes().stream().flatMap(q -> q.terms().stream()), lookup));
    }

    private Views.QuoteCard card(Quote quote) {
        return new Views.QuoteCard(quote.id(), quote.text(), speaker(quote), quote.locator(),
                markdown.html(quote.context()), markdown.explanation(quote).orElse(""),
                lookup.link(ItemId.of(quote.source())), lookup.linksTo(quote.terms()),
                usedIn(new ItemId(Ref.Kind.QUOTE, quote.id())), quote.source().id(), FilterOptions.ids(quote.terms()));
    }

    /** Who speaks in {@code quote}, for a template; null when the reading's author does. */
    Views.Speaker speaker(Quote quote) {
        return lookup.speaker(quote).map(s -> new Views.Speaker(s.name(), s.role(), s.url().orElse(""))).orElse(null);
    }

    /** The readings, then the documents, with their facts, quotations and the chapters that use them. */
    Views.SourcesPage sources() {
        List<Views.SourceEntry> entries = linked.guide().sources().stream().map(source -> {
            List<ItemId> quotes = linked.guide().quotes().stream()
                    .filter(q -> q.source().id().equals(source.id()))
                    .map(q -> new ItemId(Ref.Kind.QUOTE, q.id())).toList();
            ItemId id = new ItemId(Ref.Kind.SOURCE, source.id());
            List<ItemId> usedIn = linked.backlinksOf(id).stream().filter(i -> i.kind() != Ref.Kind.QUOTE).toList();
            return new Views.SourceEntry(source.id(), source.title(), source.author().orElse(""),
                    source.venue().orElse(""), source.publisher().orElse(""), source.date(), source.url().orElse(""),
                    markdown.html(source.note()), lookup.links(quotes), lookup.links(usedIn));
        }).toList();
        List<Source> sources = linked.guide().sources();
        List<Views.SourceEntry> readings = new ArrayList<>();
        List<Views.SourceEntry> documents = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            (sources.get(i).isReading() ? readings : documents).add(entries.get(i));
        }
        return new Views.SourcesPage("Readings", readings, documents, "/" + Bibliography.BIBTEX,
                "/" + Bibliography.CSL_JSON);
    }

    private List<Views.Link> usedIn(ItemId item) {
        return lookup.links(linked.backlinksOf(item));
    }

    private static String initial(String headword) {
        return headword.isEmpty() ? "#" : headword.substring(0, 1).toUpperCase(Locale.ROOT);
    }
}
