package org.studyguide.check;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.studyguide.diag.Diagnostics;
import org.studyguide.render.SiteFiles;

/**
 * The check stage: reads the rendered site as a browser would and reports what would break for a
 * reader: a link to a missing file or anchor, a URL that only works at the server root, a request to
 * another host, a duplicate id, an image without alt text. Every page is parsed once; the checks
 * then run in the order listed here. To add a check, write a small {@link PageCheck} or
 * {@link ReferenceCheck} and add it to {@link #CHECKS}.
 */
public final class SiteChecker {
    private final Optional<String> basePath;

    /** A checker for a site whose public address is not known. */
    public SiteChecker() {
        this(Optional.empty());
    }

    /**
     * A checker for a site served under {@code basePath} (such as {@code /guide/}), where links in
     * the 404 page start from that path because the page is served at any address.
     */
    public SiteChecker(Optional<String> basePath) {
        this.basePath = basePath;
    }

    /** Every check, in the order they run. */
    private static final List<Check> CHECKS = List.of(
            new RootRelativeUrls(),
            new OtherHosts(),
            new TargetFiles(),
            new TargetFragments(),
            new UniqueIds(),
            new ImageAlt());

    /**
     * Checks a rendered site, adding an error with a hint for every problem.
     *
     * @param site                the rendered site
     * @param siteRootForMessages the folder diagnostics name pages under, e.g. {@code site}, so that a
     *                            problem in {@code chapters/a.html} is reported at {@code site/chapters/a.html}
     * @param diagnostics         where problems are collected
     */
    public void check(SiteFiles site, Path siteRootForMessages, Diagnostics diagnostics) {
        CheckedSite checked = CheckedSite.of(site, siteRootForMessages, basePath);
        for (Check check : CHECKS) {
            check.run(checked, diagnostics);
        }
    }
}
