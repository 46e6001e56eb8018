package org.studyguide.check;

import java.util.Optional;
import org.studyguide.check.Url.Kind;
import org.studyguide.diag.Diagnostics;
import org.studyguide.diag.Suggestions;

/**
 * A {@code #fragment} pointing into an HTML page of the site must name an element of that page
 * ({@code id}, or {@code name} on an {@code a}). An empty fragment and {@code #top} always work.
 * Missing target files are {@link TargetFiles}' business; fragments into other files are not checked.
 */
final class TargetFragments implements ReferenceCheck {

    @Override
    public boolean concerns(Url url) {
        return url.kind() == Kind.RELATIVE && url.fragment().isPresent();
    }

    @Override
    public void check(Reference reference, CheckedSite site, Diagnostics diagnostics) {
        Url url = reference.url();
        String fragment = url.decodedFragment();
        if (url.kind() != Kind.RELATIVE || fragment.isEmpty() || fragment.equalsIgnoreCase("top")) {
            return;
        }
        boolean samePage = url.path().isEmpty();
        Optional<Page> target = samePage
                ? site.page(reference.from())
                : site.resolve(reference.from(), url.decodedPath()).flatMap(site::page);
        if (target.isEmpty() || target.get().hasAnchor(fragment)) {
            return;
        }
        String owner = samePage ? (reference.authored() ? "the page has" : "has") : target.get().path() + " has";
        diagnostics.error(reference.position(),
                reference.describe() + " but " + owner + " no element with id '" + fragment + "'",
                Suggestions.didYouMean(fragment, target.get().anchors())
                        .orElse("add id=\"" + fragment + "\" to the element the link should land on,"
                                + " or fix the link"));
    }
}
