package org.studyguide.check;

import java.util.Optional;
import org.studyguide.check.Url.Kind;
import org.studyguide.diag.Diagnostics;
import org.studyguide.diag.Suggestions;

/**
 * Relative URLs must name a file of the site: not a missing one, not a folder (a folder link needs
 * a server to pick its index page, so it fails from disk), and not one above the site root.
 */
final class TargetFiles implements ReferenceCheck {

    @Override
    public boolean concerns(Url url) {
        return url.kind() == Kind.RELATIVE && !url.path().isEmpty();
    }

    @Override
    public void check(Reference reference, CheckedSite site, Diagnostics diagnostics) {
        Url url = reference.url();
        if (url.kind() != Kind.RELATIVE || url.path().isEmpty()) {
            return;
        }
        Optional<String> resolved = site.resolve(reference.from(), url.decodedPath());
        if (resolved.isEmpty()) {
            diagnostics.error(reference.position(), reference.describe() + ", which points outside the site",
                    "links can only reach files inside the site; remove the extra '../'");
            return;
        }
        String target = resolved.get();
        if (!site.hasFile(target) && site.hasFolder(target)) {
            diagnostics.error(reference.position(), reference.describe() + ", which is a folder, not a file",
                    folderHint(reference, site, target));
        } else if (!site.hasFile(target)) {
            diagnostics.error(reference.position(),
                    reference.describe() + " but there is no file " + target + " in the site",
                    Suggestions.closest(target, site.paths())
                            .map(path -> "did you mean '" + SitePaths.relativize(reference.from(), path) + "'?")
                            .orElse("check the spelling, or add the file to the site"));
        }
    }

    private static String folderHint(Reference reference, CheckedSite site, String folder) {
        String index = (SitePaths.isFolderSyntax(folder) ? folder : folder + "/") + "index.html";
        if (site.hasFile(index)) {
            return "link to the page itself, '" + SitePaths.relativize(reference.from(), index)
                    + "': a link to a folder does not work when the site is opened from disk";
        }
        return "link to a file: a link to a folder does not work when the site is opened from disk";
    }
}
