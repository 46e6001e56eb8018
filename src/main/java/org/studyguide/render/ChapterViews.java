package org.studyguide.render;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.studyguide.html.HtmlOut;
import org.studyguide.html.HtmlTrees;
import org.studyguide.link.LinkedGuide;
import org.studyguide.model.Chapter;
import org.studyguide.model.ItemId;
import org.studyguide.model.Part;
import org.studyguide.model.Quote;
import org.studyguide.model.Ref;

/** Builds the view of each chapter page: its text, questions, and what it uses, with previous and next. */
final class ChapterViews {
    private static final Evaluator SECTIONS = QueryParser.parse("h2[id]");
    private final LinkedGuide linked;
    private final GuideLookup lookup;
    private final MarkdownHtml markdown;
    private final ChapterBodyCache bodies;

    ChapterViews(LinkedGuide linked, GuideLookup lookup, MarkdownHtml markdown) {
        this(linked, lookup, markdown, ChapterBodyCache.none());
    }

    /** Views that take what a chapter's body gives from {@code bodies} when it holds it, parsing the body if not. */
    ChapterViews(LinkedGuide linked, GuideLookup lookup, MarkdownHtml markdown, ChapterBodyCache bodies) {
        this.linked = linked;
        this.lookup = lookup;
        this.markdown = markdown;
        this.bodies = bodies;
    }

    /**
     * A chapter's page view with its entries in the site search, which are read from the same parsed
     * body as the page's margin notes and sections (or kept with them in the cache), so that the body
     * is parsed once at most.
     */
    record Made(Views.ChapterPage page, List<SearchDocument> searchEntries) {
        /** What the search index takes of the chapter, without the page view (its body's HTML above all). */
        SearchDocuments.ChapterEntries searched() {
            return new SearchDocuments.ChapterEntries(searchEntries, SearchDocuments.essays(page));
        }
    }

    /**
     * A chapter's page view with its body's tree (margin notes included), which the chapter's page
     * takes in place of parsing the body again (see {@link BodyInsert}); when the view came from the
     * cache, the tree is parsed from the view's body HTML when first asked for (only a page that
     * must be rendered asks).
     */
    static final class WithBody {
        private final Made made;
        private Element tree;

        WithBody(Made made, Element tree) {
            this.made = made;
            this.tree = tree;
        }

        Made made() {
            return made;
        }

        /** The body's tree, with its margin notes; moved into the page that takes it. */
        Element body() {
            if (tree == null) {
                tree = HtmlTrees.bodyFragment(made.page().bodyHtml()).body();
                tree.ownerDocument().outputSettings().prettyPrint(false);
            }
            return tree;
        }
    }

    /** The page views of the chapters whose ids {@code wanted} accepts, in reading order; built in parallel. */
    List<Made> pages(Predicate<String> wanted) {
        return slots(wanted).parallelStream().map(slot -> page(slot).made()).toList();
    }

    /** The chapters whose ids {@code wanted} accepts, in reading order, each with its place in the guide. */
    List<Slot> slots(Predicate<String> wanted) {
        List<Slot> slots = new ArrayList<>();
        List<Chapter> chapters = linked.guide().chapters();
        int index = 0;
        for (Part part : linked.guide().parts()) {
            for (Chapter chapter : part.chapters()) {
                Views.Link previous = index > 0 ? link(chapters.get(index - 1)) : null;
                Views.Link next = index + 1 < chapters.size() ? link(chapters.get(index + 1)) : null;
                if (wanted.test(chapter.id())) {
                    slots.add(new Slot(chapter, part, previous, next));
                }
                index++;
            }
        }
        return slots;
    }

    /** A chapter with its place in the guide. */
    record Slot(Chapter chapter, Part part, Views.Link previous, Views.Link next) {
    }

    /** The page view of a chapter, with its body's tree (or what is needed to parse it when asked for). */
    WithBody page(Slot slot) {
        Chapter chapter = slot.chapter();
        List<ItemId> uses = linked.usesOf(new ItemId(Ref.Kind.CHAPTER, chapter.id()));
        List<Views.Question> questions = chapter.questions().stream()
                .map(q -> new Views.Question(markdown.html(q.question()), markdown.html(q.answer())))
                .toList();
        String html = markdown.htmlOnce(chapter.body());
        Optional<byte[]> key = bodies.key(chapter, slot.part().title(), html);
        Optional<ChapterBodyEntry> kept = bodies.find(key, this::quoteContext);
        List<ChapterBodyEntry.Context> asked = new ArrayList<>();
        // Unless kept, parsed once: for the margin notes, the sections' list, the search entries and the page.
        Element tree = kept.isPresent() ? null
                : MarginNotes.add(HtmlTrees.bodyFragment(html).body(), id -> asked(id, asked));
        Views.ChapterPage page = new Views.ChapterPage(chapter.id(), chapter.title(), chapter.summary(),
                slot.part().title(), chapter.objectives(),
                kept.map(ChapterBodyEntry::bodyHtml).orElseGet(() -> HtmlOut.innerHtml(tree)),
                kept.map(ChapterBodyEntry::sections).orElseGet(() -> sections(tree)), questions,
                new StudyViews(linked, lookup, markdown).essays(chapter, ""), terms(uses), ChapterQuotes.of(uses, lookup),
                lookup.links(sources(chapter, uses, false)), lookup.links(sources(chapter, uses, true)),
                slot.previous(), slot.next(), lookup.links(ofKind(uses, Ref.Kind.PERSON)));
        if (kept.isPresent()) {
            return new WithBody(new Made(page, kept.get().searchEntries()), null);
        }
        List<SearchDocument> entries = SearchDocuments.chapter(page, tree);
        bodies.keep(key, new ChapterBodyEntry(page.bodyHtml(), page.sections(), entries, asked));
        return new WithBody(new Made(page, entries), tree);
    }

    /** A quotation's context line for a margin note, noted in {@code asked} (the body's entry keeps them). */
    private Optional<String> asked(String id, List<ChapterBodyEntry.Context> asked) {
        Optional<String> html = quoteContext(id);
        asked.add(new ChapterBodyEntry.Context(id, html));
        return html;
    }

    /** A quotation's context line as HTML, for its margin note. */
    private Optional<String> quoteContext(String id) {
        return lookup.quoteById(id).map(quote -> markdown.html(quote.context()));
    }

    /** The body's second-level headings, for the chapter's own table of contents. */
    private static List<Views.Link> sections(Element body) {
        return body.select(SECTIONS).stream()
                .map(h -> new Views.Link("#" + h.id(), h.text()))
                .toList();
    }

    private List<Views.TermLink> terms(List<ItemId> uses) {
        return ofKind(uses, Ref.Kind.TERM).stream()
                .flatMap(item -> lookup.term(item.id()).stream())
                .map(t -> new Views.TermLink(Urls.of(Ref.Kind.TERM, t.id()), t.headword(), t.expansion().orElse("")))
                .toList();
    }

    /** The readings (or the documents) a chapter covers, cites, or quotes from, in that order. */
    private List<ItemId> sources(Chapter chapter, List<ItemId> uses, boolean documents) {
        return readings(chapter, uses).stream().filter(item -> lookup.isDocument(item) == documents).toList();
    }

    private List<ItemId> readings(Chapter chapter, List<ItemId> uses) {
        Set<ItemId> readings = new LinkedHashSet<>();
        chapter.readings().forEach(ref -> readings.add(ItemId.of(ref)));
        readings.addAll(ofKind(uses, Ref.Kind.SOURCE));
        ofKind(uses, Ref.Kind.QUOTE).stream()
                .flatMap(item -> lookup.quoteById(item.id()).stream())
                .map(Quote::source)
                .forEach(ref -> readings.add(ItemId.of(ref)));
        return List.copyOf(readings);
    }

    private static List<ItemId> ofKind(List<ItemId> items, Ref.Kind kind) {
        return items.stream().filter(item -> item.kind() == kind).toList();
    }

    private Views.Link link(Chapter chapter) {
        return new Views.Link(Urls.of(Ref.Kind.CHAPTER, chapter.id()), chapter.title());
    }
}
