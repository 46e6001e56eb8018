package org.studyguide.print;

import java.util.HashSet;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Marks the first acronym of each term in a chapter with the class {@value #CLASS}, so that the
 * print stylesheet can spell it out there and only there ("NRC (NATO–Russia Council)"). Chapters
 * are read in the order they print: the body, then the review questions, then the model answers,
 * which print as an answer key at the end. Terms are told apart by their expansion (the
 * {@code abbr} title), so an alias counts as the same term. Running it twice changes nothing.
 */
public final class FirstMentions {
    /** The class of a term's first acronym in a chapter. */
    public static final String CLASS = "first";
    private static final String[] PRINT_ORDER = {".chapter-body", ".question", ".answer"};

    private FirstMentions() {
    }

    /** Marks the first mentions in every chapter article of {@code page}. */
    public static void mark(Document page, String path) {
        for (Element article : page.select("article.chapter")) {
            Set<String> seen = new HashSet<>();
            for (String part : PRINT_ORDER) {
                for (Element abbr : article.select(part + " abbr[title]")) {
                    if (seen.add(abbr.attr("title"))) {
                        abbr.addClass(CLASS);
                    }
                }
            }
        }
    }
}
