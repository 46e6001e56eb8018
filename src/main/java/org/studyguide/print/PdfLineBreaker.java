package org.studyguide.print;

import com.openhtmltopdf.extend.FSTextBreaker;
import com.openhtmltopdf.layout.UrlAwareLineBreakIterator;
import java.text.BreakIterator;
import java.util.Locale;

/**
 * openhtmltopdf's line breaker (Java's line {@link BreakIterator}, which also breaks URLs after
 * a slash) without the break it offers inside a word after a typographic apostrophe: Java's rules
 * take the right single quotation mark for a closing quote, so "Russia’s" could end a line
 * with "Russia’" and start the next with "s". Unicode's line-breaking rules (UAX #14) allow no
 * break there; this breaker skips it. One instance per renderer, like openhtmltopdf's own.
 */
final class PdfLineBreaker implements FSTextBreaker {
    private final FSTextBreaker words;
    private String text = "";

    PdfLineBreaker(String languageTag) {
        Locale locale = languageTag.isBlank() ? Locale.ENGLISH : Locale.forLanguageTag(languageTag);
        this.words = new UrlAwareLineBreakIterator(BreakIterator.getLineInstance(locale));
    }

    @Override
    public void setText(String newText) {
        text = newText;
        words.setText(newText);
    }

    @Override
    public int next() {
        int at = words.next();
        while (at > 0 && at < text.length() && insideWord(at)) {
            at = words.next();
        }
        return at;
    }

    /** A break right after an apostrophe with a letter on both sides ("Russia’|s"). */
    private boolean insideWord(int at) {
        char before = text.charAt(at - 1);
        return (before == '\u2019' || before == '\'') && at >= 2
                && Character.isLetter(text.charAt(at - 2)) && Character.isLetter(text.charAt(at));
    }
}
