package org.studyguide.check;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A URL as written in a page or stylesheet, split into the parts the checks need: what kind of
 * URL it is, its path and its fragment. The query is dropped, as it never names a file.
 *
 * @param text     the URL as written, trimmed as browsers do
 * @param kind     whether it is relative, root-relative, on another host or of another scheme
 * @param path     the path before any {@code ?query} or {@code #fragment}, still percent-encoded
 * @param fragment the part after {@code #}, still percent-encoded, if there is a {@code #}
 */
record Url(String text, Kind kind, String path, Optional<String> fragment) {

    /** What a URL points at, as far as the checks care. */
    enum Kind {
        /** Relative to the file it is written in, such as {@code ../glossary.html#NRC}. */
        RELATIVE,
        /** Starts with a single {@code /}: depends on where the site is served. */
        ROOT_RELATIVE,
        /** Names a host: {@code https://host/...}, {@code //host/...}. */
        OTHER_HOST,
        /** Any other scheme, such as {@code mailto:} or {@code data:}; not checked. */
        OTHER_SCHEME
    }

    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):");

    /** Splits a URL as found in an attribute or a CSS {@code url()}. */
    static Url parse(String written) {
        String text = written.strip();
        int hash = text.indexOf('#');
        Optional<String> fragment = hash < 0 ? Optional.empty() : Optional.of(text.substring(hash + 1));
        String beforeHash = hash < 0 ? text : text.substring(0, hash);
        int question = beforeHash.indexOf('?');
        String path = question < 0 ? beforeHash : beforeHash.substring(0, question);
        return new Url(text, kindOf(text), path, fragment);
    }

    private static Kind kindOf(String text) {
        if (text.startsWith("//")) {
            return Kind.OTHER_HOST;
        }
        if (text.startsWith("/")) {
            return Kind.ROOT_RELATIVE;
        }
        Matcher scheme = SCHEME.matcher(text);
        if (!scheme.find()) {
            return Kind.RELATIVE;
        }
        String name = scheme.group(1).toLowerCase(Locale.ROOT);
        boolean hasHost = name.equals("http") || name.equals("https") || text.startsWith("//", scheme.end());
        return hasHost ? Kind.OTHER_HOST : Kind.OTHER_SCHEME;
    }

    /** The path with percent-escapes decoded, as it names a file. */
    String decodedPath() {
        return percentDecode(path);
    }

    /** The fragment with percent-escapes decoded, as it names an id; empty when there is none. */
    String decodedFragment() {
        return fragment.map(Url::percentDecode).orElse("");
    }

    /**
     * Decodes {@code %XX} escapes as UTF-8. Unlike {@link java.net.URLDecoder} it keeps {@code +}
     * (which means a plus in a path) and, like browsers, leaves malformed escapes as written.
     */
    static String percentDecode(String text) {
        if (plain(text)) {
            return text;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '%' && i + 2 < text.length() && isHex(text.charAt(i + 1)) && isHex(text.charAt(i + 2))) {
                bytes.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
                i += 3;
            } else {
                int end = Character.isHighSurrogate(c) && i + 1 < text.length() ? i + 2 : i + 1;
                bytes.writeBytes(text.substring(i, end).getBytes(StandardCharsets.UTF_8));
                i = end;
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** True when decoding would give the text back: no escapes, and no surrogates (a lone one would become '?'). */
    private static boolean plain(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' || Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }
}
