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

    /**
     * One entry of the script, as the template-free file takes it: everything its text follows from,
     * so that the file can be kept in the cache under these entries (see {@link MadeFiles}).
     *
     * @param definitionHtml the definition or description as rendered Markdown, before it is made plain text
     */
    record Entry(String id, String headword, String expansion, String definitionHtml, List<String> spellings) {
    }

    /** The guide's terms as entries, in file order. */
    static List<Entry> terms(Guide guide, MarkdownHtml markdown) {
        return guide.terms().stream().map(term -> new Entry(term.id(), term.headword(),
                Typography.smarten(term.expansion().orElse(""), ' '), markdown.html(term.definition()),
                term.spellings())).toList();
    }

    /** The guide's people as entries, in file order. */
    static List<Entry> people(Guide guide, MarkdownHtml markdown) {
        return guide.people().stream().map(person -> new Entry(person.id(), person.name(),
                Typography.smarten(String.join("; ", person.roles()), ' '), markdown.html(person.description()),
                person.spellings())).toList();
    }

    /** The script for the guide's terms and people (see {@link #terms}, {@link #people}), in file order so that builds are byte-identical. */
    static byte[] of(List<Entry> terms, List<Entry> people) {
        return ("window.studyguideTerms={\n" + entries(terms) + "\n};\nwindow.studyguidePeople={\n" + entries(people)
                + "\n};\n").getBytes(StandardCharsets.UTF_8);
    }

    private static String entries(List<Entry> entries) {
        return entries.stream().map(entry -> entry(entry.id(), entry.headword(), entry.expansion(),
                text(entry.definitionHtml()), entry.spellings())).collect(Collectors.joining(",\n"));
    }

    private static String entry(String id, String headword, String expansion, String definition, List<String> spellings) {
        return JsonString.of(id) + ":{\"headword\":" + JsonString.of(headword) + ",\"expansion\":" + JsonString.of(expansion)
                + ",\"definition\":" + JsonString.of(definition) + ",\"spellings\":["
                + spellings.stream().map(JsonString::of).collect(Collectors.joining(",")) + "]}";
    }

    /** As the pages show it: plain text with the same typography as the page pass gives. */
    private static String text(String html) {
        Document fragment = HtmlTrees.bodyFragment(html);
        Typography.apply(fragment);
        return fragment.text();
    }
}
