package org.studyguide.markdown;

import java.util.Optional;
import org.studyguide.model.Ref;

/**
 * What references point at, supplied by the render stage. URLs are site-root-relative
 * ({@code /glossary.html#NRC}).
 */
public interface RefResolver {

    /** Where a reference leads and its default label. */
    record Target(String url, String label) {
    }

    /**
     * An embedded quotation with its attribution.
     *
     * @param speaker         who speaks, when the reading quotes someone or a document
     * @param explanationHtml the quotation's explanation, rendered, shown in a disclosure below it
     */
    record QuoteFigure(String id, String text, Optional<Speaker> speaker, String sourceTitle, String sourceUrl,
            String locator, String url, Optional<String> explanationHtml) {

        /** The same figure with an explanation. */
        public QuoteFigure withExplanation(Optional<String> html) {
            return new QuoteFigure(id, text, speaker, sourceTitle, sourceUrl, locator, url, html);
        }
    }

    /**
     * Who speaks in a quotation: a person, with their main role and entry, or a document.
     *
     * @param role empty for a document or a person without roles
     * @param url  the person's entry; empty for a document
     */
    record Speaker(String name, String role, Optional<String> url) {
    }

    /** The target of {@code [[kind:id]]}, or empty when no such item exists. */
    Optional<Target> target(Ref.Kind kind, String id);

    /** The quotation {@code id} for embedding, or empty when there is none. */
    Optional<QuoteFigure> quote(String id);
}
