package org.studyguide.html;

import java.util.HashMap;
import java.util.Map;
import org.jsoup.parser.Parser;

/**
 * Decodes character references as Jsoup's tokeniser does, quickly for the references our HTML is
 * full of (Freemarker's and Flexmark's escapes, typographic quotes and dashes) and through Jsoup's
 * own {@link Parser#unescapeEntities} for any other: each call of that sets up a tokeniser, which
 * cost more than building the rest of a chapter body's tree. The common references are written out
 * in full, ending in ';', where text and attributes decode alike, and their values are Jsoup's.
 */
final class CharacterReferences {
    private static final Map<String, String> COMMON = new HashMap<>();

    static {
        for (String name : new String[] {"amp", "lt", "gt", "quot", "apos", "#39", "#34", "nbsp", "rsquo", "lsquo",
                "rdquo", "ldquo", "ndash", "mdash", "hellip", "middot", "copy", "laquo", "raquo", "shy"}) {
            String reference = "&" + name + ";";
            COMMON.put(name, Parser.unescapeEntities(reference, false));
        }
    }

    private CharacterReferences() {
    }

    /** {@code raw} with its references decoded, as in an attribute's value or else as in text. */
    static String decode(String raw, boolean inAttribute) {
        int amp = raw.indexOf('&');
        if (amp < 0) {
            return raw;
        }
        StringBuilder out = new StringBuilder(raw.length());
        int from = 0;
        while (amp >= 0) {
            int semicolon = raw.indexOf(';', amp + 1);
            String value = semicolon < 0 || semicolon - amp > 8 ? null : COMMON.get(raw.substring(amp + 1, semicolon));
            if (value == null) {
                return Parser.unescapeEntities(raw, inAttribute);
            }
            out.append(raw, from, amp).append(value);
            from = semicolon + 1;
            amp = raw.indexOf('&', from);
        }
        return out.append(raw, from, raw.length()).toString();
    }
}
