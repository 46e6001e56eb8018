package org.studyguide.render;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.studyguide.html.HtmlTrees;
import org.studyguide.model.Guide;

/**
 * The glossary and the people as a small script for the pop-ups: {@code assets/terms.js} sets
 * {@code window.studyguideTerms} to an object from each term's id to its headword, expansion,
 * definition (as plain text) and the spellings marked in prose, and {@code window.studyguidePeople}
 * likewise for each person (name, roles, description). It is a script rather than JSON
 * because pages opened from disk cannot {@code fetch()} a file; {@code assets/popups.js} adds it
 * to the page on the first pop-up, so pages that never show one never load it.
 */
final class TermsScript {
    /** Where the script lives in the site. */
    static final String PATH = "assets/terms.js";

    private TermsScript() {
    }

    /** The script for the guide's terms and people, in file order so that builds are byte-identical. */
    static byte[] of(Guide guide, MarkdownHtml markdown) {
        String terms = guide.terms().stream().map(term -> entry(term.id(), term.headword(),
                        Typography.smarten(term.expansion().orElse(""), ' '), text(markdown.html(term.definition())),
                        term.spellings()))
                .collect(Collectors.joining(",\n"));
        String people = guide.people().stream().map(person -> entry(person.id(), person.name(),
                        Typography.smarten(String.join("; ", person.roles()), ' '), text(markdown.html(person.description())),
                        person.spellings()))
                .collect(Collectors.joining(",\n"));
        return ("window.studyguideTerms={\n" + terms + "\n};\nwindow.studyguidePeople={\n" + people + "\n};\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String entry(String id, String headword, String expansion, String definition, List<String> spellings) {
        return string(id) + ":{\"headword\":" + string(headword) + ",\"expansion\":" + string(expansion)
                + ",\"definition\":" + string(definition) + ",\"spellings\":["
                + spellings.stream().map(TermsScript::string).collect(Collectors.joining(",")) + "]}";
    }

    /** As the pages show it: plain text with the same typography as the page pass gives. */
    private static String text(String html) {
        Document fragment = HtmlTrees.bodyFragment(html);
        Typography.apply(fragment);
        return fragment.text();
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
