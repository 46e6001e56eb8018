package org.studyguide.render;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.studyguide.model.Term;

/**
 * The glossary as a small script for the term pop-ups: {@code assets/terms.js} sets
 * {@code window.studyguideTerms} to an object from each term's id to its headword, expansion,
 * definition (as plain text) and the spellings marked in prose. It is a script rather than JSON
 * because pages opened from disk cannot {@code fetch()} a file; {@code assets/popups.js} adds it
 * to the page on the first pop-up, so pages that never show one never load it.
 */
final class TermsScript {
    /** Where the script lives in the site. */
    static final String PATH = "assets/terms.js";

    private TermsScript() {
    }

    /** The script for {@code terms}, in glossary file order so that builds are byte-identical. */
    static byte[] of(List<Term> terms, MarkdownHtml markdown) {
        String entries = terms.stream().map(term -> string(term.id()) + ":{"
                        + "\"headword\":" + string(term.headword())
                        + ",\"expansion\":" + string(term.expansion().orElse(""))
                        + ",\"definition\":" + string(Jsoup.parseBodyFragment(markdown.html(term.definition())).text())
                        + ",\"spellings\":[" + term.spellings().stream().map(TermsScript::string)
                                .collect(Collectors.joining(",")) + "]}")
                .collect(Collectors.joining(",\n"));
        return ("window.studyguideTerms={\n" + entries + "\n};\n").getBytes(StandardCharsets.UTF_8);
    }

    /** A JSON string literal, safe in a script: quotes, backslashes, controls and line separators escaped. */
    static String string(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '<' -> out.append("\\u003c");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
