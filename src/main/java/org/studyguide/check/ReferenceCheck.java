package org.studyguide.check;

import org.studyguide.diag.Diagnostics;

/** A check that looks at each URL found in the pages and stylesheets. */
interface ReferenceCheck extends Check {

    /** Records what is wrong with one reference, if anything. */
    void check(Reference reference, CheckedSite site, Diagnostics diagnostics);

    @Override
    default void run(CheckedSite site, Diagnostics diagnostics) {
        site.references().forEach(reference -> check(reference, site, diagnostics));
    }
}
