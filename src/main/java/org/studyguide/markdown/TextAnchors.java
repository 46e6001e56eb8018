package org.studyguide.markdown;

import com.vladsch.flexmark.util.data.DataKey;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.studyguide.model.Markdown;

/**
 * The ids our renderers write for a callout's title and for footnotes, made from where the text
 * sits in its file ({@code callout-first-14}: line 14 of {@code first.md}), so that they stay
 * unique on a page that shows several texts, even texts of different files (the exam page).
 */
final class TextAnchors {
    /** The anchors of the document being rendered; set by {@link GuideMarkdown#parse}. */
    static final DataKey<TextAnchors> KEY = new DataKey<>("STUDYGUIDE_TEXT_ANCHORS",
            new TextAnchors("text", Optional.empty()));

    /** The file name's extension, and what a slug may not hold: compiled once, not for every text. */
    private static final Pattern EXTENSION = Pattern.compile("\\.[^.]*$");
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9_-]+");

    private final String file;
    /** The text, whose offsets map to lines only for a callout: most texts have none. */
    private final Optional<Markdown> source;
    private final int startLine;

    private TextAnchors(String file, Optional<Markdown> source) {
        this.file = file;
        this.source = source;
        this.startLine = source.map(s -> s.start().line()).orElse(0);
    }

    /** The anchors for a text of the guide. */
    static TextAnchors of(Markdown source) {
        String name = source.start().file().getFileName() == null ? "text"
                : EXTENSION.matcher(source.start().file().getFileName().toString()).replaceFirst("");
        String slug = NOT_SLUG.matcher(name.toLowerCase(Locale.ROOT)).replaceAll("-");
        return new TextAnchors(slug.isEmpty() ? "text" : slug, Optional.of(source));
    }

    /** The id of the title of the callout whose marker is at {@code offset}. */
    String callout(int offset) {
        int line = source.map(text -> text.positionOf(offset).line()).orElse(offset);
        return "callout-" + file + "-" + line;
    }

    /** The id of the footnote numbered {@code ordinal}. */
    String footnote(int ordinal) {
        return "fn-" + file + "-" + startLine + "-" + ordinal;
    }

    /** The id of a reference to footnote {@code ordinal}: the first, or the {@code nth} (from 0) after it. */
    String footnoteRef(int ordinal, int nth) {
        return "fnref-" + file + "-" + startLine + "-" + ordinal + (nth == 0 ? "" : "-" + (nth + 1));
    }
}
