package org.studyguide.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.studyguide.html.HtmlTrees;
import org.studyguide.model.Event;
import org.studyguide.model.Guide;
import org.studyguide.model.ItemId;
import org.studyguide.model.Markdown;
import org.studyguide.model.Person;
import org.studyguide.model.Quote;
import org.studyguide.model.Ref;
import org.studyguide.model.Source;
import org.studyguide.model.Term;

/**
 * Collects what the site search covers: each chapter (its summary and objectives) and each of its
 * {@code ##} sections, linked to the section's heading; essay prompts; the themes' stances; the
 * glossary terms; the quotations; the timeline events; the people; the readings and documents.
 * Quotations embedded in a chapter are left out of its sections, since each is
 * an entry of its own.
 */
final class SearchDocuments {
    /** What a chapter's body shows beside its own text: quotations, their explanations, margin notes. */
    private static final Evaluator NOT_SEARCHED = QueryParser.parse(
            "figure[data-quote], details.quote-explanation, aside." + MarginNotes.CLASS);
    private final Guide guide;
    private final GuideLookup lookup;
    private final MarkdownHtml markdown;

    SearchDocuments(Guide guide, GuideLookup lookup, MarkdownHtml markdown) {
        this.guide = guide;
        this.lookup = lookup;
        this.markdown = markdown;
    }

    /**
     * Every entry, in the order chapters (with their essays), themes, terms, quotations, events,
     * people, readings and documents; chapters' bodies come rendered.
     */
    List<SearchDocument> all(List<ChapterEntries> chapters, StudyPages.ThemesPage themes) {
        List<SearchDocument> documents = new ArrayList<>();
        chapters.forEach(chapter -> documents.addAll(chapter.sections()));
        chapters.forEach(chapter -> documents.addAll(chapter.essays()));
        themes.rows().forEach(row -> documents.add(theme(row)));
        guide.terms().forEach(term -> documents.add(term(term)));
        guide.quotes().forEach(quote -> documents.add(quote(quote)));
        guide.events().forEach(event -> documents.add(event(event)));
        guide.people().forEach(person -> documents.add(person(person)));
        guide.sources().forEach(source -> documents.add(source(source)));
        return documents;
    }

    /**
     * A chapter's entries, kept from its page until the index is written after the last page: the
     * page view itself (its body's HTML, about 20 KB a chapter) is not held that long.
     *
     * @param sections the chapter itself, then its {@code ##} sections ({@link #chapter})
     * @param essays   its essay prompts ({@link #essays})
     */
    record ChapterEntries(List<SearchDocument> sections, List<SearchDocument> essays) {
    }

    /**
     * The chapter itself, then one entry per {@code ##} section of its {@code body}, the parsed
     * {@code bodyHtml} of its page view, read without the parts not searched; {@code body} is left
     * as it was (its page is made of it).
     */
    static List<SearchDocument> chapter(Views.ChapterPage chapter, Element body) {
        if (notesOnlyLeftOut(chapter.bodyHtml())) {
            return sections(chapter, body);
        }
        Elements left = body.select(NOT_SEARCHED);
        List<Element> parents = left.stream().map(Element::parent).toList();
        List<Integer> places = left.stream().map(Element::siblingIndex).toList();
        left.remove();
        List<SearchDocument> entries = sections(chapter, body);
        // Put back in document order: each goes back among the siblings before it, already back.
        for (int i = 0; i < left.size(); i++) {
            parents.get(i).insertChildren(places.get(i), left.get(i));
        }
        return entries;
    }

    /**
     * True when the only parts of a body not searched are its margin notes, which sit between its
     * top-level blocks (see {@link MarginNotes}), so that skipping those blocks leaves out all: no
     * quotation and no disclosure, which could sit deeper, is in its HTML.
     */
    private static boolean notesOnlyLeftOut(String bodyHtml) {
        return !bodyHtml.contains("<figure") && !bodyHtml.contains("<details");
    }

    /** The chapter's entries from {@code body}'s top-level blocks, its margin notes left out. */
    private static List<SearchDocument> sections(Views.ChapterPage chapter, Element body) {
        String page = relative(Urls.chapterFile(chapter.id()));
        List<Section> sections = new ArrayList<>();
        Section current = new Section(page, chapter.title(), chapter.part(),
                Stream.concat(Stream.of(chapter.summary()), chapter.objectives().stream()).collect(Collectors.joining(" ")));
        sections.add(current);
        for (Element element : body.children()) {
            if (element.normalName().equals("aside") && element.hasClass(MarginNotes.CLASS)) {
                continue;
            }
            if (element.normalName().equals("h2")) {
                String url = element.id().isEmpty() ? page : page + "#" + element.id();
                current = new Section(url, element.text(), chapter.title(), "");
                sections.add(current);
            } else {
                current.append(element.text());
            }
        }
        return sections.stream().map(Section::document).toList();
    }

    /** One entry per essay prompt; like model answers, outlines and marking points are left out. */
    static List<SearchDocument> essays(Views.ChapterPage chapter) {
        String page = relative(Urls.chapterFile(chapter.id()));
        return chapter.essays().stream().map(essay -> {
            String prompt = plain(essay.promptHtml());
            return new SearchDocument(SearchDocument.Kind.ESSAY, page + "#" + essay.id(), prompt, chapter.title(), prompt);
        }).toList();
    }

    /** A theme's row of the themes page: each reading's stance, after the reading's title. */
    private static SearchDocument theme(StudyPages.ThemeRow row) {
        String stances = row.cells().stream().filter(cell -> !cell.stanceHtml().isEmpty())
                .map(cell -> cell.reading() + ": " + plain(cell.stanceHtml()))
                .collect(Collectors.joining(" "));
        return new SearchDocument(SearchDocument.Kind.THEME, StudyViews.THEMES + "#" + row.id(),
                row.chapter().label(), "Themes across the readings", stances);
    }

    private static String plain(String html) {
        return HtmlTrees.bodyFragment(html).body().text();
    }

    private SearchDocument term(Term term) {
        String title = term.headword() + term.expansion().map(expansion -> " (" + expansion + ")").orElse("");
        String aliases = term.aliases().isEmpty() ? "" : " Also written: " + String.join(", ", term.aliases()) + ".";
        return new SearchDocument(SearchDocument.Kind.TERM, relative(Urls.of(Ref.Kind.TERM, term.id())), title,
                "Glossary", text(term.definition()) + aliases);
    }

    private SearchDocument quote(Quote quote) {
        String reading = lookup.link(ItemId.of(quote.source())).label();
        String title = lookup.speaker(quote).map(speaker -> speaker.name() + " · " + reading).orElse(reading);
        String explanation = markdown.explanation(quote).map(html -> " " + HtmlTrees.bodyFragment(html).text()).orElse("");
        return new SearchDocument(SearchDocument.Kind.QUOTATION, relative(Urls.of(Ref.Kind.QUOTE, quote.id())), title,
                quote.locator(), "“" + quote.text().strip().replaceAll("\\s+", " ") + "” " + text(quote.context())
                        + explanation);
    }

    private SearchDocument person(Person person) {
        String aliases = person.aliases().isEmpty() ? "" : " Also called: " + String.join(", ", person.aliases()) + ".";
        return new SearchDocument(SearchDocument.Kind.PERSON, relative(Urls.of(Ref.Kind.PERSON, person.id())),
                person.name(), String.join("; ", person.roles()), text(person.description()) + aliases);
    }

    private SearchDocument event(Event event) {
        return new SearchDocument(SearchDocument.Kind.EVENT, relative(Urls.of(Ref.Kind.EVENT, event.id())),
                event.title(), event.date(), text(event.text()));
    }

    private SearchDocument source(Source source) {
        String facts = Stream.of(source.author(), source.venue(), source.publisher(), Optional.of(source.date()))
                .flatMap(Optional::stream).collect(Collectors.joining(", "));
        return new SearchDocument(SearchDocument.Kind.SOURCE, relative(Urls.of(Ref.Kind.SOURCE, source.id())),
                source.title(), source.isReading() ? "Reading" : "Document beyond the readings",
                facts + ". " + text(source.note()));
    }

    private String text(Markdown text) {
        return HtmlTrees.bodyFragment(markdown.html(text)).body().text();
    }

    /** A site-root URL ({@code /glossary.html#NRC}) as the index stores it ({@code glossary.html#NRC}). */
    private static String relative(String url) {
        return url.startsWith("/") ? url.substring(1) : url;
    }

    /** A chapter section being collected. */
    private static final class Section {
        private final String url;
        private final String title;
        private final String where;
        private final StringBuilder text;

        Section(String url, String title, String where, String text) {
            this.url = url;
            this.title = title;
            this.where = where;
            this.text = new StringBuilder(text);
        }

        void append(String words) {
            if (!words.isEmpty()) {
                text.append(text.isEmpty() ? "" : " ").append(words);
            }
        }

        SearchDocument document() {
            return new SearchDocument(SearchDocument.Kind.CHAPTER, url, title, where, text.toString());
        }
    }
}
