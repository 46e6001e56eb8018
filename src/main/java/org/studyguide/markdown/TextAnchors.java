package org.studyguide.markdown;

import com.vladsch.flexmark.util.data.DataKey;
import java.util.Locale;
import org.studyguide.model.Markdown;

/**
 * The ids our renderers write for a callout's title and for footnotes, made from where the text
 * sits in its file ({@code callout-first-14}: line 14 of {@code first.md}), so that they stay
 * unique on a page that shows several texts, even texts of different files (the exam page).
 */
final class TextAnchors {
    /** The anchors of the document being rendered; set by {@link GuideMarkdown#parse}. */
    static final DataKey<TextAnchors> KEY = new DataKey<>("STUDYGUIDE_TEXT_ANCHORS",
            new TextAnchors("text", java.util.Optional.empty()));

    private final String file;
    private final java.util.Optional<Markdown.Locator> locator;
    private final int startLine;

    private TextAnchors(String file, java.util.Optional<Markdown> source) {
        this.file = file;
        this.locator = source.map(Markdown::locator);
        this.startLine = source.map(s -> s.start().line()).orElse(0);
    }

    /** The anchors for a text of the guide. */
    static TextAnchors of(Markdown source) {
        String name = source.start().file().getFileName() == null ? "text"
                : source.start().file().getFileName().toString().replaceFirst("\\.[^.]*$", "");
        String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]+", "-");
        return new TextAnchors(slug.isEmpty() ? "text" : slug, java.util.Optional.of(source));
    }

    /** The id of the title of the callout whose marker is at {@code offset}. */
    String callout(int offset) {
        int line = locator.map(l -> l.positionOf(offset).line()).orElse(offset);
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
