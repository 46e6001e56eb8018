package org.studyguide.print;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import org.jsoup.nodes.Element;

/**
 * Rewrites the relative links of a rendered page into root-relative ones ({@code /glossary.html#NRC}),
 * so that content taken from pages in different folders can be put into one document and its
 * links mapped in one place.
 */
final class PdfRootLinks {
    private static final String ROOT = "https://site.invalid/";

    private PdfRootLinks() {
    }

    /** Rewrites every {@code href} under {@code element}, which came from the page at {@code pagePath}. */
    static void makeRootRelative(Element element, String pagePath) {
        URI base = URI.create(ROOT + pagePath);
        for (Element link : element.select("a[href]")) {
            rootRelative(base, link.attr("href")).ifPresent(href -> link.attr("href", href));
        }
        element.select("[cite]").removeAttr("cite");
    }

    private static Optional<String> rootRelative(URI base, String href) {
        try {
            URI resolved = base.resolve(new URI(href));
            if (!resolved.toString().startsWith(ROOT)) {
                return Optional.empty();
            }
            return Optional.of("/" + resolved.toString().substring(ROOT.length()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.of("/");
        }
    }
}
