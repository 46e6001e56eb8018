package org.studyguide.render;

import java.util.List;

/**
 * The view records of the self-test pages (flashcards and the "who said it?" quiz), kept beside
 * {@link Views} and following its rules: plain data for one page each; fields ending in
 * {@code Html} hold rendered, already-escaped markup; every other string is text the template escapes.
 */
public final class SelfTestPages {
    private SelfTestPages() {
    }

    /**
     * The flashcards page.
     *
     * @param csvUrl where the glossary's Anki export lives, from the site root
     */
    public record FlashcardsPage(String title, String csvUrl, List<Flashcard> cards) {
    }

    /**
     * One glossary term as a card.
     *
     * @param url      the term's glossary entry
     * @param readings ids of the readings that discuss the term
     */
    public record Flashcard(String id, String headword, String expansion, String definitionHtml, String url,
            List<String> readings) {
    }

    /** The quiz page: the readings that are the answers, and the quotations that are the questions. */
    public record QuizPage(String title, List<QuizReading> readings, List<QuizItem> items) {
    }

    /** A reading, one of the possible answers. */
    public record QuizReading(String id, String title, String date, String url) {
    }

    /**
     * One quotation with what the reader must guess.
     *
     * @param reading the id of the reading it comes from
     * @param speaker     who speaks (a person's name, or the document quoted), or empty when the
     *                    reading's own author does
     * @param speakerRole the speaker's main role; empty for a document
     * @param url         the quotation on the quotations page
     */
    public record QuizItem(String id, String text, String reading, String readingTitle, String readingUrl,
            String speaker, String speakerRole, String locator, String url) {
    }
}
