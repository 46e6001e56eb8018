package org.studyguide.link;

import java.util.Optional;
import org.studyguide.markdown.RefResolver;
import org.studyguide.model.Ref;

/** A resolver for tests of linked texts: every reference goes to {@code /id.html}, titled with the id in capitals; no quotations. */
final class ToIdPages implements RefResolver {
    static final RefResolver RESOLVER = new ToIdPages();

    private ToIdPages() {
    }

    @Override
    public Optional<Target> target(Ref.Kind kind, String id) {
        return Optional.of(new Target("/" + id + ".html", id.toUpperCase()));
    }

    @Override
    public Optional<QuoteFigure> quote(String id) {
        return Optional.empty();
    }
}
