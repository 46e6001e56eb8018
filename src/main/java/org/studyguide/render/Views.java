package org.studyguide.render;

import java.util.List;

/**
 * The view records templates see: plain data made for one page each, never the model itself.
 * Fields ending in {@code Html} hold rendered, already-escaped markup; every other string is text
 * the template escapes. A field documented as nullable is {@code null} when absent, which
 * templates test with {@code ??}.
 */
public final class Views {
    private Views() {
    }

    /** A link with its text. */
    public record Link(String url, String label) {
    }

    /**
     * What every page shares: the guide's title, navigation and footer facts.
     *
     * @param baseUrl the public address of the site, ending in {@code /}; empty when not known
     * @param pdf     true when the build renders PDFs, which pages then link to
     * @param themes  true when the guide has a themes page (some chapter states the readings' stances)
     * @param exam    true when the guide has an exam page (some chapter has questions or essays)
     */
    public record Site(String title, String subtitle, String language, List<String> authors, String licence,
            String repository, List<NavPart> parts, String version, String baseUrl, boolean pdf, boolean themes,
            boolean exam) {
    }

    /** A part in the navigation, with its number as a roman numeral ("II"). */
    public record NavPart(String numeral, String title, List<NavChapter> chapters) {
    }

    /** A chapter in the navigation and on the home page. */
    public record NavChapter(String id, String title, String url, String summary) {
    }

    /** The home page. */
    public record HomePage(String title, String introductionHtml) {
    }

    /**
     * A chapter page.
     *
     * @param sections the body's {@code ##} sections, linked by their heading ids (for the page's contents)
     * @param essays   essay prompts, shown after the review questions
     * @param documents the documents (not readings) the chapter cites
     * @param previous nullable: the chapter before this one
     * @param next     nullable: the chapter after this one
     * @param people   the people the chapter names, in order of first mention
     * @param quotes   the quotations the chapter uses, by reading
     */
    public record ChapterPage(String id, String title, String summary, String part, List<String> objectives,
            String bodyHtml, List<Link> sections, List<Question> questions, List<StudyPages.Essay> essays,
            List<TermLink> terms, ChapterQuotes.Index quotes,
            List<Link> readings, List<Link> documents, Link previous, Link next, List<Link> people) {
    }

    /** A review question and its model answer. */
    public record Question(String questionHtml, String answerHtml) {
    }

    /** A glossary term as listed on a chapter page. */
    public record TermLink(String url, String headword, String expansion) {
    }

    /** The glossary page. */
    public record GlossaryPage(String title, List<LetterGroup> letters) {
    }

    /** Glossary terms under one initial letter. */
    public record LetterGroup(String letter, List<TermEntry> terms) {
    }

    /** One glossary entry. */
    public record TermEntry(String id, String headword, String expansion, String definitionHtml,
            List<String> aliases, List<Link> related, List<Link> readings, List<Link> usedIn) {
    }

    /**
     * The quotations page.
     *
     * @param readings the readings a reader can filter by
     * @param terms    the terms a reader can filter by: those that some quotation names
     */
    public record QuotesPage(String title, List<QuoteGroup> groups, List<FilterOption> readings,
            List<FilterOption> terms) {
    }

    /** One choice in a filter: the id that items carry in a {@code data-} attribute, and its label. */
    public record FilterOption(String value, String label) {
    }

    /** The quotations from one reading. */
    public record QuoteGroup(Link reading, List<QuoteCard> quotes) {
    }

    /**
     * One quotation with its attribution and backlinks.
     *
     * @param speaker         nullable: who speaks, when the reading quotes someone
     * @param explanationHtml what the quotation means; empty when it has no explanation
     * @param readingId the reading's id, for the filters
     * @param termIds   the ids of its terms, for the filters
     */
    public record QuoteCard(String id, String text, Speaker speaker, String locator, String contextHtml,
            String explanationHtml, Link reading, List<Link> terms, List<Link> quotedIn, String readingId,
            List<String> termIds) {
    }

    /**
     * Who speaks in a quotation that a reading quotes: a person or a document.
     *
     * @param role the person's main role; empty for a document
     * @param url  the person's entry on the People page; empty for a document
     */
    public record Speaker(String name, String role, String url) {
    }

    /**
     * The bibliography page: the readings, then the documents cited beyond them.
     *
     * @param bibtexUrl  the bibliography as BibTeX, from the site root
     * @param cslJsonUrl the bibliography as CSL-JSON, from the site root
     */
    public record SourcesPage(String title, List<SourceEntry> sources, List<SourceEntry> documents, String bibtexUrl,
            String cslJsonUrl) {
    }

    /** One reading or document with its quotations and the chapters that use it. */
    public record SourceEntry(String id, String title, String author, String venue, String publisher, String date,
            String url, String noteHtml, List<Link> quotes, List<Link> usedIn) {
    }

    /**
     * The timeline page.
     *
     * @param terms the terms a reader can filter events by: those that some event names
     */
    public record TimelinePage(String title, List<Period> periods, List<FilterOption> terms) {
    }

    /**
     * The events of one period of the timeline, in date order.
     *
     * @param id    the period's anchor, such as {@code period-1989}
     * @param years the years it spans, such as "1989–1999"
     * @param title what the period is called; empty for periods by decade
     */
    public record Period(String id, String years, String title, List<EventEntry> events) {
    }

    /**
     * One timeline event with what is about it.
     *
     * @param quotes   the quotations about it: those it lists, then those that refer to it
     * @param chapters the chapters that refer to it
     * @param seeAlso  the glossary terms and other events that refer to it
     * @param termIds  the ids of its terms, for the filter
     */
    public record EventEntry(String id, String date, String title, String textHtml, List<Link> readings,
            List<Link> terms, List<Link> quotes, List<Link> chapters, List<Link> seeAlso, List<String> termIds) {
    }

    /** The page served for a missing address. */
    public record NotFoundPage(String title) {
    }
}
