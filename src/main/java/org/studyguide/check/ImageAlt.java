package org.studyguide.check;

import org.jsoup.nodes.Element;
import org.studyguide.diag.Diagnostics;

/**
 * Every image needs alt text, so that screen readers can say what it shows. A template may mark a
 * decorative image with {@code alt=""}; a Markdown image's alt text is what its brackets hold, and
 * {@code ![](pic.png)} leaves it empty, which is reported at the author's line.
 */
final class ImageAlt implements PageCheck {

    @Override
    public void check(Page page, Diagnostics diagnostics) {
        for (Element image : page.elements()) {
            if (!image.nameIs("img")) {
                continue;
            }
            if (page.authored(image).isPresent() && image.attr("alt").isBlank()) {
                diagnostics.error(page.at(image), "this image has no alt text",
                        "say what the image shows between the brackets, e.g. ![A map of NATO members in 1999]("
                                + image.attr("src") + ")");
            } else if (!image.hasAttr("alt")) {
                diagnostics.error(page.at(image),
                        "page " + page.path() + " has an <img> without an alt attribute",
                        "describe what the image shows in alt=\"...\", or write alt=\"\" if it is only decoration");
            }
        }
    }
}
