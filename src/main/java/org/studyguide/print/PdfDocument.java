package org.studyguide.print;

import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;

/**
 * One PDF to render: the site path it is published at, its title and its HTML, assembled from
 * the site's rendered pages.
 *
 * @param path  where the PDF goes in the site, such as {@code pdf/institutions.pdf}
 * @param title the document title, also written into the PDF's metadata
 * @param html  the document, head and body
 */
record PdfDocument(String path, String title, Document html) {

    /** The document as a W3C DOM in the XHTML namespace, which openhtmltopdf lays out. */
    org.w3c.dom.Document w3c() {
        return new W3CDom().fromJsoup(html);
    }

    /** The document's markup, from which the PDF's ID is derived. */
    String markup() {
        return html.outerHtml();
    }
}
