package org.studyguide.render;

import org.studyguide.link.LinkedGuide;
import org.studyguide.model.Markdown;

/** Renders the guide's parsed Markdown texts to HTML, resolving references through the lookup. */
final class MarkdownHtml {
    private final LinkedGuide linked;
    private final GuideLookup lookup;

    MarkdownHtml(LinkedGuide linked, GuideLookup lookup) {
        this.linked = linked;
        this.lookup = lookup;
    }

    /** One of the guide's Markdown texts as HTML. */
    String html(Markdown text) {
        return linked.markdown().render(linked.parsed(text), lookup);
    }
}
