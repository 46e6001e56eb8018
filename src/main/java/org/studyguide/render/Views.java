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

    /** What every page shares: the guide's title, navigation and footer facts. */
    public record Site(String title, String subtitle, String language, List<String> authors, String licence,
            String repository, List<NavPart> parts, String version) {
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
     * @param previous nullable: the chapter before this one
     * @param next     nullable: the chapter after this one
     */
    public record ChapterPage(String id, String title, String summary, String part, List<String> objectives,
            String bodyHtml, List<Link> sections, List<Question> questions, List<TermLink> terms, List<Link> quotes,
            List<Link> readings, Link previous, Link next) {
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

    /** The quotations page. */
    public record QuotesPage(String title, List<QuoteGroup> groups) {
    }

    /** The quotations from one reading. */
    public record QuoteGroup(Link reading, List<QuoteCard> quotes) {
    }

    /** One quotation with its attribution and backlinks. */
    public record QuoteCard(String id, String text, String speaker, String locator, String contextHtml,
            Link reading, List<Link> terms, List<Link> quotedIn) {
    }

    /** The readings page. */
    public record SourcesPage(String title, List<SourceEntry> sources) {
    }

    /** One reading with its quotations and the chapters that use it. */
    public record SourceEntry(String id, String title, String author, String venue, String date, String url,
            String noteHtml, List<Link> quotes, List<Link> usedIn) {
    }

    /** The timeline page. */
    public record TimelinePage(String title, List<EventEntry> events) {
    }

    /** One timeline event. */
    public record EventEntry(String id, String date, String title, String textHtml, List<Link> readings,
            List<Link> terms, List<Link> quotes, List<Link> usedIn) {
    }

    /** The page served for a missing address. */
    public record NotFoundPage(String title) {
    }
}
