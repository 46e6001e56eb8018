package org.studyguide.check;

import org.studyguide.diag.Diagnostics;

/** A check that looks at each URL found in the pages and stylesheets. */
interface ReferenceCheck extends Check {

    /**
     * Whether a reference to {@code url} can have what this check looks for; the others are not
     * made into {@link Reference}s for it (a large site's pages hold millions of references).
     */
    boolean concerns(Url url);

    /** Records what is wrong with one reference, if anything. */
    void check(Reference reference, CheckedSite site, Diagnostics diagnostics);

    @Override
    default void run(CheckedSite site, Diagnostics diagnostics) {
        site.references(this::concerns, reference -> check(reference, site, diagnostics));
    }
}
