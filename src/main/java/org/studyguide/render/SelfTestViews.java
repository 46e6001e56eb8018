package org.studyguide.render;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.studyguide.markdown.RefResolver;
import org.studyguide.model.Guide;
import org.studyguide.model.Quote;
import org.studyguide.model.Ref;
import org.studyguide.model.Source;
import org.studyguide.model.Term;

/** Builds the views of the self-test pages: the glossary as flashcards and the quotations as a quiz. */
final class SelfTestViews {
    /** The flashcards page, from the site root. */
    static final String FLASHCARDS = "flashcards.html";
    /** The quiz page, from the site root. */
    static final String QUIZ = "quiz.html";

    private final Guide guide;
    private final GuideLookup lookup;
    private final MarkdownHtml markdown;

    SelfTestViews(Guide guide, GuideLookup lookup, MarkdownHtml markdown) {
        this.guide = guide;
        this.lookup = lookup;
        this.markdown = markdown;
    }

    /** Every term as a card, in the glossary's alphabetical order. */
    SelfTestPages.FlashcardsPage flashcards() {
        List<SelfTestPages.Flashcard> cards = guide.terms().stream()
                .sorted(Comparator.comparing((Term t) -> t.headword().toLowerCase(Locale.ROOT)).thenComparing(Term::id))
                .map(term -> new SelfTestPages.Flashcard(term.id(), term.headword(), term.expansion().orElse(""),
                        markdown.html(term.definition()), Urls.of(Ref.Kind.TERM, term.id()),
                        term.sources().stream().map(Ref::id).toList()))
                .toList();
        return new SelfTestPages.FlashcardsPage("Flashcards", "/" + AnkiCsv.FILE, cards);
    }

    /**
     * The readings in the order of {@code sources.yml}, and the quotations in a fixed mixed order
     * (by the hash of their ids), so that the list without JavaScript does not give the answers away
     * by grouping, and two builds stay byte-identical.
     */
    SelfTestPages.QuizPage quiz() {
        Map<String, Source> sources = guide.sources().stream()
                .collect(Collectors.toMap(Source::id, Function.identity(), (a, b) -> a));
        List<SelfTestPages.QuizReading> readings = guide.sources().stream().filter(Source::isReading)
                .map(s -> new SelfTestPages.QuizReading(s.id(), s.title(), s.date(), Urls.of(Ref.Kind.SOURCE, s.id())))
                .toList();
        List<SelfTestPages.QuizItem> items = guide.quotes().stream()
                .sorted(Comparator.comparingInt((Quote q) -> q.id().hashCode()).thenComparing(Quote::id))
                .map(q -> item(q, sources.get(q.source().id())))
                .toList();
        return new SelfTestPages.QuizPage("Quotation quiz", readings, items);
    }

    private SelfTestPages.QuizItem item(Quote quote, Source source) {
        String reading = quote.source().id();
        Optional<RefResolver.Speaker> speaker = lookup.speaker(quote);
        return new SelfTestPages.QuizItem(quote.id(), quote.text(), reading, source == null ? reading : source.title(),
                Urls.of(Ref.Kind.SOURCE, reading), speaker.map(RefResolver.Speaker::name).orElse(""),
                speaker.map(RefResolver.Speaker::role).orElse(""), quote.locator(), Urls.of(Ref.Kind.QUOTE, quote.id()));
    }
}
