package org.studyguide.render;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.studyguide.html.HtmlTrees;

/**
 * Adds a chapter's margin notes (Tufte's sidenotes) to its rendered body: an {@code <aside
 * class="margin-note">} placed just before the top-level block it annotates, which the stylesheet
 * floats into the right margin on wide screens, hides on narrow ones and prints under the text.
 * Few enough to keep the margin calm, and never for text hidden in a disclosure:
 * <ul>
 *   <li>a term's expansion at its first mention in the chapter ({@code margin-note--term}; hidden
 *       from screen readers, which have it in the {@code abbr} already);</li>
 *   <li>an embedded quotation's context line, beside the quotation ({@code margin-note--context});</li>
 *   <li>a footnote beside the text that cites it ({@code margin-note--footnote}; a copy, hidden from
 *       screen readers and out of the tab order, as the notes' list after the text stays).</li>
 * </ul>
 */
final class MarginNotes {
    /** The class every margin note has. */
    static final String CLASS = "margin-note";
    private static final Evaluator TRIGGERS = QueryParser.parse(
            "abbr[title], figure.quote[data-quote], sup.footnote-ref > a[href^=#]");
    private static final Evaluator HIDDEN = QueryParser.parse("details, figure, h1, h2, h3, h4, h5, h6, .footnotes");

    private MarginNotes() {
    }

    /**
     * Adds the margin notes to {@code body}, the body of a document parsed from a chapter's HTML,
     * and returns it, set to be written out without pretty-printing; {@code contextHtml} gives a
     * quotation's context (HTML) by the quotation's id.
     */
    static Element add(Element body, Function<String, Optional<String>> contextHtml) {
        body.ownerDocument().outputSettings().prettyPrint(false);
        Set<String> seen = new HashSet<>();
        for (Element trigger : body.select(TRIGGERS)) {
            Optional<Element> note = switch (trigger.tagName()) {
                case "abbr" -> hiddenIn(trigger, body) || !seen.add("term " + trigger.attr("title"))
                        ? Optional.empty() : Optional.of(term(trigger));
                case "figure" -> hiddenIn(trigger.parent(), body) ? Optional.empty()
                        : contextHtml.apply(trigger.attr("data-quote")).filter(html -> !html.isBlank()).map(MarginNotes::context);
                default -> hiddenIn(trigger, body) || !seen.add("note " + trigger.attr("href"))
                        ? Optional.empty() : footnote(trigger, body);
            };
            note.ifPresent(n -> topLevelBlock(trigger, body).before(n));
        }
        return body;
    }

    /** True when {@code element} sits in a disclosure, a heading, a quotation or the notes' list. */
    private static boolean hiddenIn(Element element, Element body) {
        for (Element e = element; e != null && e != body; e = e.parent()) {
            if (e.is(HIDDEN)) {
                return true;
            }
        }
        return false;
    }

    private static Element topLevelBlock(Element element, Element body) {
        Element block = element;
        while (block.parent() != body) {
            block = block.parent();
        }
        return block;
    }

    private static Element note(String kind) {
        return new Element("aside").addClass(CLASS).addClass(CLASS + "--" + kind);
    }

    private static Element term(Element abbr) {
        Element note = note("term").attr("aria-hidden", "true");
        note.appendElement("b").text(abbr.text());
        return note.appendText(" " + abbr.attr("title"));
    }

    private static Element context(String html) {
        Element note = note("context");
        Element parsed = HtmlTrees.bodyFragment(html).body();
        Element only = parsed.childrenSize() == 1 && parsed.child(0).is("p") ? parsed.child(0) : parsed;
        only.childNodes().forEach(node -> note.appendChild(node.clone()));
        return note;
    }

    /** A copy of the footnote {@code ref} points to, numbered like it, without ids or tab stops. */
    private static Optional<Element> footnote(Element ref, Element body) {
        Element item = body.getElementById(ref.attr("href").substring(1));
        if (item == null) {
            return Optional.empty();
        }
        Element note = note("footnote").attr("aria-hidden", "true");
        note.appendElement("span").addClass(CLASS + "-number").text(ref.text());
        item.childNodes().forEach(node -> note.appendChild(node.clone()));
        note.select(".footnote-backref").remove();
        note.select("[id]").removeAttr("id");
        note.select("a[href], button, input, select, textarea, [tabindex]").attr("tabindex", "-1");
        return Optional.of(note);
    }
}
