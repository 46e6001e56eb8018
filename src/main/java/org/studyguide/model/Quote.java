package org.studyguide.model;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A verbatim quotation from one of the readings.
 *
 * @param source      the reading it comes from
 * @param locator     where in the reading (section heading, paragraph or note)
 * @param speaker     the person who speaks, when the reading itself quotes someone
 * @param quoting     what the reading quotes when it is not a person (a treaty, a communiqué), as text
 * @param context     one line (Markdown) in the guide author's own words on what the passage is about
 * @param explanation what the quotation means, why it matters and how to use it (Markdown)
 */
public record Quote(
        String id,
        String text,
        Ref source,
        String locator,
        Optional<Ref> speaker,
        Optional<String> quoting,
        Markdown context,
        Optional<Markdown> explanation,
        List<Ref> terms,
        Position position,
        Position textPosition) implements Item {
    private static final int LABEL_WORDS = 8;
    /** Compiled once: a label is asked for each quotation by several pages. */
    private static final Pattern SPACES = Pattern.compile("\\s+");

    @Override
    public Ref.Kind kind() {
        return Ref.Kind.QUOTE;
    }

    /** The quotation's first eight words, in quotation marks. */
    @Override
    public String label() {
        // Split no further than the word after the label's: a quotation may run to paragraphs.
        String[] words = SPACES.split(text.strip(), LABEL_WORDS + 1);
        String start = String.join(" ", java.util.Arrays.copyOf(words, Math.min(words.length, LABEL_WORDS)));
        return "“" + start + (words.length > LABEL_WORDS ? "…”" : "”");
    }
}
