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

    /** An embedded quotation with its attribution. */
    record QuoteFigure(String id, String text, Optional<String> speaker, String sourceTitle, String sourceUrl,
            String locator, String url) {
    }

    /** The target of {@code [[kind:id]]}, or empty when no such item exists. */
    Optional<Target> target(Ref.Kind kind, String id);

    /** The quotation {@code id} for embedding, or empty when there is none. */
    Optional<QuoteFigure> quote(String id);
}
