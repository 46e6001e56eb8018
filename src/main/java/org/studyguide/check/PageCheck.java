package org.studyguide.check;

import org.studyguide.diag.Diagnostics;

/** A check that looks at each parsed page on its own. */
interface PageCheck extends Check {

    /** Records the problems of one page. */
    void check(Page page, Diagnostics diagnostics);

    @Override
    default void run(CheckedSite site, Diagnostics diagnostics) {
        site.pages().forEach(page -> check(page, diagnostics));
    }
}
