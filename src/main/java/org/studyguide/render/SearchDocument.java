package org.studyguide.render;

import java.util.Locale;

/**
 * One entry of the site search, as plain text: a chapter section, an essay prompt, a theme's
 * stances, a glossary term, a quotation, a timeline event or a person.
 *
 * @param kind  what the entry is, shown beside each result
 * @param url   where the result goes, relative to the site root ({@code glossary.html#NRC})
 * @param title the entry's heading; searched, and weighted above the text
 * @param where a line placing the entry (its chapter, reading and locator, date); shown, not searched
 * @param text  the entry's words; searched, and shown as a snippet around the matches
 */
record SearchDocument(Kind kind, String url, String title, String where, String text) {

    /** The kinds of entry, named as the results show them. */
    enum Kind {
        CHAPTER, ESSAY, THEME, TERM, QUOTATION, EVENT, PERSON;

        /** The kind's name in the index and on the results: {@code chapter}, {@code term}... */
        String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
