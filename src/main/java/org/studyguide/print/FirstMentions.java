package org.studyguide.print;

import java.util.HashSet;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

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
    /** The classes of a chapter's parts, in the order they print. */
    private static final String[] PRINT_ORDER = {"chapter-body", "question", "answer"};
    private static final Evaluator ARTICLES = QueryParser.parse("article.chapter");
    private static final Evaluator ACRONYMS = QueryParser.parse("abbr[title]");

    private FirstMentions() {
    }

    /** Marks the first mentions in every chapter article of {@code page}. */
    public static void mark(Document page, String path) {
        for (Element article : page.select(ARTICLES)) {
            // The article's acronyms found once, then read part by part, as the selector
            // ".chapter-body abbr[title]" would find them in the article (its ancestors up to the article).
            Elements acronyms = article.select(ACRONYMS);
            Set<String> seen = new HashSet<>();
            for (String part : PRINT_ORDER) {
                for (Element abbr : acronyms) {
                    if (within(abbr, part, article) && seen.add(abbr.attr("title"))) {
                        abbr.addClass(CLASS);
                    }
                }
            }
        }
    }

    /** True when an ancestor of {@code element}, up to and including {@code article}, has the class {@code part}. */
    private static boolean within(Element element, String part, Element article) {
        for (Element parent = element.parent(); parent != null; parent = parent.parent()) {
            if (parent.hasClass(part)) {
                return true;
            }
            if (parent == article) {
                return false;
            }
        }
        return false;
    }
}
