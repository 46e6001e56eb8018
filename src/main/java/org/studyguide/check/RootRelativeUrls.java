package org.studyguide.check;

import org.studyguide.check.Reference.Use;
import org.studyguide.check.Url.Kind;
import org.studyguide.diag.Diagnostics;

/**
 * URLs that depend on where the site is served: {@code /glossary.html} points at the server root,
 * which is wrong under a sub-path (GitHub Pages) and from disk; a protocol-relative link
 * ({@code //example.org}) becomes {@code file://example.org} from disk.
 */
final class RootRelativeUrls implements ReferenceCheck {

    @Override
    public boolean concerns(Url url) {
        return url.kind() == Kind.ROOT_RELATIVE || url.kind() == Kind.OTHER_HOST;
    }

    @Override
    public void check(Reference reference, CheckedSite site, Diagnostics diagnostics) {
        Url url = reference.url();
        if (url.kind() == Kind.ROOT_RELATIVE) {
            diagnostics.error(reference.position(), reference.describe()
                    + ", a root-relative URL that breaks when the site is served under a sub-path or opened from disk",
                    relativeHint(reference));
        } else if (url.kind() == Kind.OTHER_HOST && reference.use() == Use.LINK && url.text().startsWith("//")) {
            diagnostics.error(reference.position(), reference.describe()
                    + ", a protocol-relative URL that breaks when the site is opened from disk",
                    "write the scheme: 'https:" + url.text() + "'");
        }
    }

    /** The same target written relative to the referring file, with its query and fragment kept. */
    private static String relativeHint(Reference reference) {
        Url url = reference.url();
        String queryAndFragment = url.text().substring(url.path().length());
        return SitePaths.resolve("", url.path().substring(1))
                .map(target -> SitePaths.isFolderSyntax(target) ? target + "index.html" : target)
                .map(target -> "use a relative link: '"
                        + SitePaths.relativize(reference.from(), target) + queryAndFragment + "'")
                .orElse("use a link relative to this file");
    }
}
