package org.studyguide.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.studyguide.model.Chapter;
import org.studyguide.model.Event;
import org.studyguide.model.Guide;
import org.studyguide.model.ItemId;
import org.studyguide.model.Person;
import org.studyguide.model.Quote;
import org.studyguide.model.Ref;
import org.studyguide.model.Source;
import org.studyguide.model.Term;

/** Walks a guide's content: every Markdown text and every id list written in YAML, with its owner. */
final class ContentWalk {
    private ContentWalk() {
    }

    /** A reference written in a YAML list (such as a quotation's {@code terms}) and who wrote it. */
    record FieldRef(ItemId owner, Ref ref) {
    }

    /** Every Markdown text of the guide, in a fixed order. */
    static List<Owned> markdown(Guide guide) {
        List<Owned> texts = new ArrayList<>();
        guide.info().introduction().ifPresent(intro -> texts.add(new Owned(Optional.empty(), intro)));
        for (Chapter chapter : guide.chapters()) {
            Optional<ItemId> owner = Optional.of(new ItemId(Ref.Kind.CHAPTER, chapter.id()));
            texts.add(new Owned(owner, chapter.body()));
            for (Chapter.Question question : chapter.questions()) {
                texts.add(new Owned(owner, question.question()));
                texts.add(new Owned(owner, question.answer()));
            }
            chapter.stances().forEach(stance -> texts.add(new Owned(owner, stance.text())));
            for (Chapter.Essay essay : chapter.essays()) {
                texts.add(new Owned(owner, essay.prompt()));
                texts.add(new Owned(owner, essay.outline()));
                essay.points().forEach(point -> texts.add(new Owned(owner, point)));
            }
        }
        for (Term term : guide.terms()) {
            texts.add(new Owned(Optional.of(term.itemId()), term.definition()));
        }
        for (Quote quote : guide.quotes()) {
            texts.add(new Owned(Optional.of(quote.itemId()), quote.context()));
            quote.explanation().ifPresent(explanation -> texts.add(new Owned(Optional.of(quote.itemId()), explanation)));
        }
        for (Source source : guide.sources()) {
            texts.add(new Owned(Optional.of(new ItemId(Ref.Kind.SOURCE, source.id())), source.note()));
        }
        for (Event event : guide.events()) {
            texts.add(new Owned(Optional.of(new ItemId(Ref.Kind.EVENT, event.id())), event.text()));
        }
        for (Person person : guide.people()) {
            texts.add(new Owned(Optional.of(person.itemId()), person.description()));
        }
        return texts;
    }

    /** Every reference written as an id in a YAML field. */
    static List<FieldRef> fieldRefs(Guide guide) {
        List<FieldRef> refs = new ArrayList<>();
        for (Chapter chapter : guide.chapters()) {
            ItemId owner = new ItemId(Ref.Kind.CHAPTER, chapter.id());
            add(refs, owner, chapter.readings());
            add(refs, owner, chapter.stances().stream().map(Chapter.Stance::reading).toList());
        }
        for (Term term : guide.terms()) {
            ItemId owner = new ItemId(Ref.Kind.TERM, term.id());
            add(refs, owner, term.related());
            add(refs, owner, term.sources());
        }
        for (Quote quote : guide.quotes()) {
            ItemId owner = new ItemId(Ref.Kind.QUOTE, quote.id());
            add(refs, owner, List.of(quote.source()));
            add(refs, owner, quote.speaker().stream().toList());
            add(refs, owner, quote.terms());
        }
        for (Event event : guide.events()) {
            ItemId owner = new ItemId(Ref.Kind.EVENT, event.id());
            add(refs, owner, event.sources());
            add(refs, owner, event.terms());
            add(refs, owner, event.quotes());
        }
        for (Person person : guide.people()) {
            add(refs, person.itemId(), person.terms());
        }
        return refs;
    }

    private static void add(List<FieldRef> refs, ItemId owner, List<Ref> written) {
        written.stream().filter(ref -> !ref.id().isEmpty()).forEach(ref -> refs.add(new FieldRef(owner, ref)));
    }
}
