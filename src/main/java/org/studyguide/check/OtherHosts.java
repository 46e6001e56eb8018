package org.studyguide.check;

import org.studyguide.check.Reference.Use;
import org.studyguide.check.Url.Kind;
import org.studyguide.diag.Diagnostics;

/**
 * Scripts, stylesheets, fonts, images, media and frames loaded from another host: the site must
 * work offline and tell no other server who reads it. Ordinary links to other sites are fine.
 */
final class OtherHosts implements ReferenceCheck {

    @Override
    public boolean concerns(Url url) {
        return url.kind() == Kind.OTHER_HOST;
    }

    @Override
    public void check(Reference reference, CheckedSite site, Diagnostics diagnostics) {
        if (reference.use() == Use.RESOURCE && reference.url().kind() == Kind.OTHER_HOST) {
            diagnostics.error(reference.position(), reference.describe() + " from another host",
                    "copy the file into the site (for example under assets/) and refer to it with a relative"
                            + " path: the site must work offline and make no requests to other hosts");
        }
    }
}
