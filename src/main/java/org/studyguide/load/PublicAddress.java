package org.studyguide.load;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.studyguide.diag.Diagnostics;

/**
 * Reads where the site is published from {@code guide.yml}: {@code baseUrl}, the public address
 * (which sitemap.xml, canonical links and social preview meta need), and {@code cname}, a custom
 * domain for GitHub Pages. A guide without {@code baseUrl} still builds, with a warning.
 *
 * @param baseUrl the address, absolute, normalised to end with {@code /}
 * @param cname   the custom domain, in lower case
 */
record PublicAddress(Optional<String> baseUrl, Optional<String> cname) {
    /** The key of the public address. */
    static final String BASE_URL = "baseUrl";
    /** The key of the custom domain. */
    static final String CNAME = "cname";

    private static final String EXAMPLE = "https://you.github.io/your-guide/";
    private static final Pattern HOST_NAME =
            Pattern.compile("(?i)(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}");

    /** Reads both keys, reporting malformed values (left out) and a missing base URL (a warning). */
    static PublicAddress read(YamlMap guide, Diagnostics diagnostics) {
        Optional<String> baseUrl = guide.optionalText(BASE_URL).flatMap(url -> baseUrl(url, guide, diagnostics));
        if (!guide.has(BASE_URL)) {
            diagnostics.warning(guide.position(), "guide.yml has no 'baseUrl', so sitemap.xml, canonical links and"
                    + " social preview meta are left out, and 404.html works only at the top level of the site",
                    Optional.of("add the address the site is published at, such as 'baseUrl: " + EXAMPLE + "'"));
        }
        Optional<String> cname = guide.optionalText(CNAME).flatMap(name -> cname(name, guide, diagnostics));
        if (baseUrl.isPresent() && cname.isPresent() && !host(baseUrl.get()).equals(cname.get())) {
            diagnostics.warning(guide.positionOf(CNAME), "the custom domain '" + cname.get()
                    + "' is not the host of baseUrl '" + baseUrl.get() + "'",
                    Optional.of("with a custom domain the site is served at its root: set 'baseUrl: https://"
                            + cname.get() + "/'"));
        }
        return new PublicAddress(baseUrl, cname);
    }

    private static Optional<String> baseUrl(String written, YamlMap guide, Diagnostics diagnostics) {
        Optional<URI> uri = parse(written);
        String problem = uri.map(PublicAddress::problem).orElse("is not a URL");
        if (!problem.isEmpty()) {
            diagnostics.error(guide.positionOf(BASE_URL), "baseUrl '" + written + "' " + problem,
                    "write the absolute address the site is published at, such as '" + EXAMPLE + "'");
            return Optional.empty();
        }
        String url = uri.get().toString();
        return Optional.of(url.endsWith("/") ? url : url + "/");
    }

    private static Optional<URI> parse(String written) {
        try {
            return Optional.of(new URI(written));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** What is wrong with an address, or an empty string when nothing is. */
    private static String problem(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return "is not an absolute http:// or https:// URL";
        }
        if (uri.getHost() == null) {
            return "has no host name";
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            return "has a query or fragment, which a site's address cannot have";
        }
        String path = uri.getPath() == null ? "" : uri.getPath().toLowerCase(Locale.ROOT);
        return path.endsWith(".html") || path.endsWith(".htm") ? "names a page, not the site's folder" : "";
    }

    private static Optional<String> cname(String written, YamlMap guide, Diagnostics diagnostics) {
        if (!HOST_NAME.matcher(written).matches()) {
            diagnostics.error(guide.positionOf(CNAME), "cname '" + written + "' is not a domain name",
                    "write only the domain GitHub Pages serves the site at, such as 'guide.example.org',"
                            + " without https:// or a path");
            return Optional.empty();
        }
        return Optional.of(written.toLowerCase(Locale.ROOT));
    }

    private static String host(String url) {
        return URI.create(url).getHost().toLowerCase(Locale.ROOT);
    }
}
