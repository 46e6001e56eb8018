package org.studyguide.print;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The appendix of a PDF: glossary entries (headword, expansion, definition) taken from the
 * rendered glossary page, people (name, roles, description) from the People page and
 * readings (title, bibliography, perspective) from the readings page, each with an anchor
 * ({@code term-NRC}, {@code person-putin-vladimir}, {@code reading-great-expectations}) that links
 * in the document point to.
 */
final class PdfAppendix {
    private final Document glossary;
    private final Document people;
    private final Document sources;
    /** Each page's elements by id, looked up once per entry of every PDF (jsoup searches the whole page each time). */
    private final Map<Document, Map<String, Element>> ids = new IdentityHashMap<>();

    /** An appendix builder over the rendered {@code glossary.html}, {@code people.html} and {@code sources.html}. */
    PdfAppendix(Document glossary, Document people, Document sources) {
        this.glossary = glossary;
        this.people = people;
        this.sources = sources;
        for (Document page : List.of(glossary, people, sources)) {
            Map<String, Element> byId = new HashMap<>();
            page.select("[id]").forEach(element -> byId.putIfAbsent(element.id(), element));
            ids.put(page, byId);
        }
    }

    /** Every person id on the People page, in its order. */
    List<String> allPeople() {
        return people.select("article.person-entry[id]").eachAttr("id");
    }

    /** Every term id on the glossary page, in its (alphabetical) order. */
    List<String> allTerms() {
        return glossary.select(".term-entry[id]").eachAttr("id");
    }

    /** Every reading id on the readings page, in its order. */
    List<String> allReadings() {
        return sources.select("article.source[id]").eachAttr("id");
    }

    /**
     * The appendix section with the given terms, people and readings; empty when there are none.
     *
     * @param heading the appendix's title, such as "Appendix: terms and readings"
     */
    Optional<Element> section(String heading, List<String> terms, List<String> persons, List<String> readings) {
        List<Element> termEntries = terms.stream().flatMap(id -> term(id).stream()).toList();
        List<Element> personEntries = persons.stream().flatMap(id -> person(id).stream()).toList();
        List<Element> readingEntries = readings.stream().flatMap(id -> reading(id).stream()).toList();
        if (termEntries.isEmpty() && personEntries.isEmpty() && readingEntries.isEmpty()) {
            return Optional.empty();
        }
        Element section = new Element("section").addClass("appendix");
        section.appendElement("div").addClass("running-chapter").text(heading);
        section.appendElement("h2").id("appendix").text(heading);
        if (!termEntries.isEmpty()) {
            section.appendElement("h3").id("appendix-terms").text("Glossary");
            section.appendElement("dl").addClass("appendix-terms").appendChildren(termEntries);
        }
        if (!personEntries.isEmpty()) {
            section.appendElement("h3").id("appendix-people").text("People");
            section.appendChildren(personEntries);
        }
        if (!readingEntries.isEmpty()) {
            boolean documents = readingEntries.stream().anyMatch(entry -> entry.hasClass("document"));
            section.appendElement("h3").id("appendix-readings").text(documents ? "Readings and documents" : "Readings");
            section.appendChildren(readingEntries);
        }
        return Optional.of(section);
    }

    private Optional<Element> term(String id) {
        Element entry = byId(glossary, id);
        if (entry == null) {
            return Optional.empty();
        }
        Element copy = new Element("div").addClass("term-entry").id(PdfLinks.termAnchor(id));
        Element dt = entry.selectFirst("dt");
        Element dd = entry.selectFirst("dd");
        if (dt != null) {
            copy.appendChild(dt.clone());
        }
        if (dd != null) {
            Element definition = dd.clone();
            definition.select(".aliases, .related, .readings, .backlinks").remove();
            copy.appendChild(definition);
        }
        PdfRootLinks.makeRootRelative(copy, "glossary.html");
        return Optional.of(copy);
    }

    /** The first element of {@code page} with this id, as {@link Document#getElementById} finds it. */
    private Element byId(Document page, String id) {
        return ids.get(page).get(id);
    }

    private Optional<Element> person(String id) {
        return card(people, id, "person", PdfLinks.personAnchor(id), "h3", "> .person-roles, > .person-description",
                "people.html");
    }

    private Optional<Element> reading(String id) {
        return card(sources, id, "reading", PdfLinks.readingAnchor(id), "h2, h3", "> .bibliography, > .note",
                "sources.html");
    }

    /** An entry of {@code page} as an appendix card: its heading as an {@code h4}, then the {@code parts} kept. */
    private Optional<Element> card(Document page, String id, String cssClass, String anchor, String heading,
            String parts, String pagePath) {
        Element article = byId(page, id);
        if (article == null) {
            return Optional.empty();
        }
        Element copy = new Element("div").addClass(cssClass).id(anchor);
        Element title = article.selectFirst(heading);
        if (article.closest("section.source-group:has(#documents-title)") != null) {
            copy.addClass("document");
        }
        copy.appendElement("h4").text(title == null ? id : title.text());
        article.select(parts).forEach(part -> copy.appendChild(part.clone()));
        PdfRootLinks.makeRootRelative(copy, pagePath);
        return Optional.of(copy);
    }
}
