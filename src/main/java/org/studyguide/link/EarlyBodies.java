package org.studyguide.link;

import org.studyguide.markdown.RefResolver;

/**
 * How the link stage renders each chapter's body as soon as it has parsed it, for a guide linked
 * once: the body's tree can then go at once, where it would otherwise stay until the render stage
 * reached its page (at 10,000 chapters the heap the collections left grew by about 290 MB over the
 * link stage, mostly these trees, which the young collections copied into the old generation and
 * a full collection then cleared; rendered early, the collector's time fell from 1.7–2.2 s to
 * 1.3 s a warm build).
 * The render stage supplies the resolver, so a body's HTML is the one it would have rendered.
 */
@FunctionalInterface
public interface EarlyBodies {
    /**
     * The resolver a chapter body is rendered with, given every other text of the guide as linked
     * (a quotation embedded in a body brings its explanation, another text); the linked guide has
     * no uses or backlinks yet, and rendering a body needs none.
     */
    RefResolver resolver(LinkedGuide others);
}
