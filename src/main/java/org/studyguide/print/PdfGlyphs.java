package org.studyguide.print;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntFunction;
import org.studyguide.diag.Diagnostics;
import org.studyguide.model.Position;

/**
 * Checks, before rendering, that the embedded fonts have a glyph for every character of a
 * document's text, so that no PDF silently shows a blank box or a replacement mark. Each missing
 * character is reported once per build.
 */
final class PdfGlyphs {
    private final PdfFonts fonts;
    private final Set<Integer> reported = new HashSet<>();

    PdfGlyphs(PdfFonts fonts) {
        this.fonts = fonts;
    }

    /** The text of a document whose characters are checked: its body's and its title's. */
    static String textOf(PdfDocument document) {
        return document.html().body().text() + document.html().title();
    }

    /**
     * Reports every character of {@code text} (the {@link #textOf} of the document at {@code path})
     * that the fonts lack, where {@code position} says it is.
     */
    void check(String text, String path, IntFunction<Position> position, Diagnostics diagnostics) {
        text.codePoints().distinct().sorted()
                .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                .filter(c -> Character.getType(c) != Character.FORMAT && !Character.isISOControl(c))
                .filter(c -> !fonts.covers(c))
                .filter(reported::add)
                .forEach(c -> diagnostics.error(position.apply(c),
                        "the PDF fonts have no glyph for '" + Character.toString(c) + "' (U+"
                                + String.format(Locale.ROOT, "%04X", c) + "), used in " + path,
                        "replace the character; the PDFs' Liberation fonts cover Latin, Greek and Cyrillic"));
    }
}
