package org.studyguide.load;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * The allow-list of link schemes for every address a guide writes into a page: {@code http},
 * {@code https}, {@code mailto}, or none (a relative link). The address is read the way a browser
 * reads it before judging it: character references decoded, and spaces and control characters
 * taken out, so {@code JaVaScRiPt:}, {@code java&#x09;script:} and {@code " data:"} are caught.
 */
public final class LinkSchemes {
    private static final Set<String> ALLOWED = Set.of("http", "https", "mailto");
    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):");
    private static final Pattern IGNORED = Pattern.compile("[\\x00-\\x20\\x7F-\\x9F\\u00A0\\u2028\\u2029\\uFEFF]");

    /** What to tell an author whose link was refused. */
    public static final String HINT = "links may start with http:, https: or mailto:, or be relative to the page";

    private LinkSchemes() {
    }

    /** The scheme of {@code address} when it is not allowed, such as {@code javascript}; empty when it is safe. */
    public static Optional<String> refused(String address) {
        String seen = IGNORED.matcher(Parser.unescapeEntities(address, false)).replaceAll("");
        Matcher scheme = SCHEME.matcher(seen);
        if (!scheme.find()) {
            return Optional.empty();
        }
        String name = scheme.group(1).toLowerCase(Locale.ROOT);
        return ALLOWED.contains(name) ? Optional.empty() : Optional.of(name);
    }

    /** The message for a refused address. */
    public static String message(String scheme) {
        return "a link with the scheme '" + scheme + ":' could run code or leave the page; it is not allowed";
    }
}
