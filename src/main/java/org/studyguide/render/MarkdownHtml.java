package org.studyguide.render;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.studyguide.link.LinkedGuide;
import org.studyguide.model.Markdown;

/**
 * Renders the guide's parsed Markdown texts to HTML, resolving references through the lookup. A
 * text shown in several places (a definition on the glossary page, in its pop-up, in the search
 * index and on the flashcards) is rendered once per build.
 */
final class MarkdownHtml {
    private final LinkedGuide linked;
    private final GuideLookup lookup;
    private final Map<Markdown, String> rendered = new ConcurrentHashMap<>();

    MarkdownHtml(LinkedGuide linked, GuideLookup lookup) {
        this.linked = linked;
        this.lookup = lookup;
    }

    /** One of the guide's Markdown texts as HTML. */
    String html(Markdown text) {
        // Not computeIfAbsent: rendering one text can render another (an embedded quotation's context).
        String html = rendered.get(text);
        if (html == null) {
            html = linked.markdown().render(linked.parsed(text), lookup);
            rendered.put(text, html);
        }
        return html;
    }

    /** A one-line text (a stance, a marking point) as HTML without its paragraph wrapper. */
    String inline(Markdown text) {
        return linked.markdown().renderInline(linked.parsed(text), lookup);
    }
}
