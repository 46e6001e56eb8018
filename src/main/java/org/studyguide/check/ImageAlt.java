package org.studyguide.check;

import org.jsoup.nodes.Element;
import org.studyguide.diag.Diagnostics;

/** Every image needs an {@code alt} attribute, so that screen readers can say what it shows. */
final class ImageAlt implements PageCheck {

    @Override
    public void check(Page page, Diagnostics diagnostics) {
        for (Element image : page.document().select("img:not([alt])")) {
            diagnostics.error(page.at(image),
                    "page " + page.path() + " has an <img> without an alt attribute",
                    "describe what the image shows in alt=\"...\", or write alt=\"\" if it is only decoration");
        }
    }
}
