package org.studyguide.render;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jsoup.nodes.Element;
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
    /** Where a mention gets no note (as the selector {@code details, figure, h1, ..., h6, .footnotes} says). */
    private static final Set<String> HIDING = Set.of("details", "figure", "h1", "h2", "h3", "h4", "h5", "h6");
    /** A term's note without its words, copied for each: cheaper than building one and parsing its classes. */
    private static final Element TERM_NOTE = note("term").attr("aria-hidden", "true");
    private static final Element BOLD = new Element("b");

    private MarginNotes() {
    }

    /** An element that may get a note, the top-level block it is in, and whether it is hidden from notes. */
    private record Trigger(Element element, Element block, boolean hidden) {
    }

    /**
     * Adds the margin notes to {@code body}, the body of a document parsed from a chapter's HTML,
     * and returns it, set to be written out without pretty-printing; {@code contextHtml} gives a
     * quotation's context (HTML) by the quotation's id.
     */
    static Element add(Element body, Function<String, Optional<String>> contextHtml) {
        body.ownerDocument().outputSettings().prettyPrint(false);
        Set<String> seen = new HashSet<>();
        for (Trigger found : triggers(body)) {
            Element trigger = found.element();
            Optional<Element> note = switch (trigger.normalName()) {
                case "abbr" -> found.hidden() || !seen.add("term " + trigger.attr("title"))
                        ? Optional.empty() : Optional.of(term(trigger));
                case "figure" -> found.hidden() ? Optional.empty()
                        : contextHtml.apply(trigger.attr("data-quote")).filter(html -> !html.isBlank()).map(MarginNotes::context);
                default -> found.hidden() || !seen.add("note " + trigger.attr("href"))
                        ? Optional.empty() : footnote(trigger, body);
            };
            note.ifPresent(n -> found.block().before(n));
        }
        return body;
    }

    /**
     * In document order, what may get a note: {@code abbr[title]}, {@code figure.quote[data-quote]}
     * and {@code sup.footnote-ref > a[href^=#]}, found in one walk that also tells which are hidden
     * (in a disclosure, a heading, a quotation or the notes' list; a quotation not by itself).
     */
    private static List<Trigger> triggers(Element body) {
        List<Trigger> triggers = new ArrayList<>();
        for (Element block : body.children()) {
            collect(block, block, false, triggers);
        }
        return triggers;
    }

    private static void collect(Element element, Element block, boolean hiddenAbove, List<Trigger> triggers) {
        boolean hidden = hiddenAbove || hides(element);
        switch (element.normalName()) {
            case "abbr" -> {
                if (element.hasAttr("title")) {
                    triggers.add(new Trigger(element, block, hidden));
                }
            }
            case "figure" -> {
                if (element.hasClass("quote") && element.hasAttr("data-quote")) {
                    triggers.add(new Trigger(element, block, hiddenAbove));
                }
            }
            case "a" -> {
                Element parent = element.parent();
                if (parent != null && parent.normalName().equals("sup") && parent.hasClass("footnote-ref")
                        && element.hasAttr("href") && element.attr("href").startsWith("#")) {
                    triggers.add(new Trigger(element, block, hidden));
                }
            }
            default -> {
            }
        }
        for (int i = 0; i < element.childNodeSize(); i++) {
            if (element.childNode(i) instanceof Element child) {
                collect(child, block, hidden, triggers);
            }
        }
    }

    /** True for a disclosure, a heading, a quotation or the notes' list. */
    private static boolean hides(Element element) {
        return HIDING.contains(element.normalName()) || element.hasClass("footnotes");
    }

    private static Element note(String kind) {
        return new Element("aside").addClass(CLASS).addClass(CLASS + "--" + kind);
    }

    private static Element term(Element abbr) {
        Element note = TERM_NOTE.shallowClone();
        note.appendChild(BOLD.shallowClone().text(abbr.text()));
        return note.appendText(" " + abbr.attr("title"));
    }

    /** A quotation's context note, from the context's HTML. */
    static Element context(String html) {
        Element note = note("context");
        Element parsed = HtmlTrees.bodyFragment(html).body();
        Element only = parsed.childrenSize() == 1 && parsed.child(0).is("p") ? parsed.child(0) : parsed;
        only.childNodes().forEach(node -> note.appendChild(node.clone()));
        return note;
    }

    /** A copy of the footnote {@code ref} points to, numbered like it, without ids or tab stops. */
    static Optional<Element> footnote(Element ref, Element body) {
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
