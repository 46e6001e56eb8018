package org.studyguide.check;

import org.studyguide.model.Position;
import org.studyguide.render.SiteFiles;

/**
 * One URL found in the site, with what it is for and where it was written.
 *
 * @param url      the URL, split into its parts
 * @param from     the site path of the page or stylesheet it was found in
 * @param use      whether the browser follows it when clicked or loads it with the page
 * @param place    the first character of the URL in its file, or where the author wrote it
 * @param authored true when the URL comes from the author's Markdown (a link or an image), so that
 *                 its place is in their Markdown or YAML file
 */
record Reference(Url url, String from, Use use, Place place, boolean authored) {

    /** A URL written by a template or a stylesheet. */
    Reference(Url url, String from, Use use, Place place) {
        this(url, from, use, place, false);
    }

    /** Where the URL was written (found now, for a page from the render stage). */
    Position position() {
        return place.position();
    }

    /** What the browser does with a URL. */
    enum Use {
        /** Followed when the reader asks (links, form actions, citations): may go to other sites. */
        LINK("links to"),
        /** Fetched with the page (scripts, stylesheets, images, fonts, frames): must be in the site. */
        RESOURCE("loads");

        private final String verb;

        Use(String verb) {
            this.verb = verb;
        }
    }

    /**
     * The opening of every message about it, e.g. {@code page a.html links to 'b.html#x'}; for a URL
     * from the author's Markdown, shown with its line, {@code this link, on page a.html, goes to 'b.html#x'}.
     */
    String describe() {
        if (authored) {
            String what = use == Use.LINK ? "this link, on page " + from + ", goes to '"
                    : "this image, on page " + from + ", loads '";
            return what + url.text() + "'";
        }
        String kind = SiteFiles.isHtml(from) ? "page " : "stylesheet ";
        return kind + from + " " + use.verb + " '" + url.text() + "'";
    }
}
