package org.studyguide.check;

import org.studyguide.diag.Diagnostics;

/**
 * One pass of the check stage. Most checks implement {@link PageCheck} or {@link ReferenceCheck}
 * instead, which walk the pages or the references for them. {@link SiteChecker} lists them all.
 */
interface Check {

    /** Looks at the site and records every problem found. */
    void run(CheckedSite site, Diagnostics diagnostics);
}
