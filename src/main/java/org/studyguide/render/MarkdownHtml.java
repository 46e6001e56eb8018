package org.studyguide.render;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.studyguide.link.LinkedGuide;
import org.studyguide.link.LinkedText;
import org.studyguide.markdown.RefResolver;
import org.studyguide.model.Markdown;
import org.studyguide.model.Quote;
import org.studyguide.model.Ref;

/**
 * Renders the guide's parsed Markdown texts to HTML, resolving references through the lookup. A
 * text shown in several places (a definition on the glossary page, in its pop-up, in the search
 * index and on the flashcards) is rendered once per build. A quotation embedded in a text comes
 * with its explanation; an explanation's own embedded quotations come without theirs, so that
 * explanations never nest.
 */
final class MarkdownHtml {
    private final LinkedGuide linked;
    private final GuideLookup lookup;
    private final RefResolver withExplanations;
    private final Map<Markdown, String> rendered = new ConcurrentHashMap<>();
    private final Map<Markdown, String> explanations = new ConcurrentHashMap<>();

    MarkdownHtml(LinkedGuide linked, GuideLookup lookup) {
        this.linked = linked;
        this.lookup = lookup;
        this.withExplanations = new RefResolver() {
            @Override
            public Optional<Target> target(Ref.Kind kind, String id) {
                return lookup.target(kind, id);
            }

            @Override
            public Optional<QuoteFigure> quote(String id) {
                return lookup.quote(id).map(figure -> figure.withExplanation(
                        lookup.quoteById(id).flatMap(MarkdownHtml.this::explanation)));
            }
        };
    }

    /** The resolver texts are rendered with when they show embedded quotations with their explanations. */
    RefResolver withExplanations() {
        return withExplanations;
    }

    /** One of the guide's Markdown texts as HTML. */
    String html(Markdown text) {
        return cached(rendered, text, LinkedText.Form.WITH_EXPLANATIONS, withExplanations);
    }

    /**
     * A text shown in one place only (a chapter's body) as HTML, not kept: a large guide's bodies
     * would otherwise stay in memory to the end of the render stage (about 120 MB at 10,000 chapters).
     */
    String htmlOnce(Markdown text) {
        String html = rendered.get(text);
        return html != null ? html : linked.text(text).html(linked.markdown(), LinkedText.Form.WITH_EXPLANATIONS,
                withExplanations);
    }

    /** A quotation's explanation as HTML, or empty when it has none. */
    Optional<String> explanation(Quote quote) {
        return quote.explanation().map(text -> cached(explanations, text, LinkedText.Form.WITHOUT_EXPLANATIONS, lookup));
    }

    private String cached(Map<Markdown, String> cache, Markdown text, LinkedText.Form form, RefResolver resolver) {
        // Not computeIfAbsent: rendering one text can render another (an embedded quotation's explanation).
        String html = cache.get(text);
        if (html == null) {
            html = linked.text(text).html(linked.markdown(), form, resolver);
            cache.put(text, html);
        }
        return html;
    }

    /** A one-line text (a stance, a marking point) as HTML without its paragraph wrapper. */
    String inline(Markdown text) {
        return linked.text(text).html(linked.markdown(), LinkedText.Form.INLINE, lookup);
    }
}
