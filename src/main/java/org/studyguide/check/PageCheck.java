package org.studyguide.check;

import org.studyguide.diag.Diagnostics;

/** A check that looks at each parsed page on its own. */
interface PageCheck extends Check {

    /** Records the problems of one page. */
    void check(Page page, Diagnostics diagnostics);

    /** Checks the pages in parallel; each page remembers what was found on it (see {@link Page#findings}). */
    @Override
    default void run(CheckedSite site, Diagnostics diagnostics) {
        site.pages().parallelStream().flatMap(page -> page.findings(this).stream()).toList().forEach(diagnostics::add);
    }
}
