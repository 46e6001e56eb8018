package org.studyguide.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.studyguide.link.LinkedGuide;
import org.studyguide.model.Guide;
import org.studyguide.model.ItemId;
import org.studyguide.model.Person;
import org.studyguide.model.Quote;
import org.studyguide.model.Source;

/** Builds the views of the People page and of the key quotations page. */
final class PeopleViews {
    private final LinkedGuide linked;
    private final GuideLookup lookup;
    private final MarkdownHtml markdown;
    private final EntryViews entries;

    PeopleViews(LinkedGuide linked, GuideLookup lookup, MarkdownHtml markdown, EntryViews entries) {
        this.linked = linked;
        this.lookup = lookup;
        this.markdown = markdown;
        this.entries = entries;
    }

    /** People by group, in the groups' order; within a group by surname, then name. */
    PeoplePages.PeoplePage people() {
        List<PeoplePages.Group> groups = new ArrayList<>();
        for (Person.Group group : Person.Group.values()) {
            List<PeoplePages.PersonEntry> people = linked.guide().people().stream()
                    .filter(p -> p.group() == group)
                    .sorted(Comparator.comparing(PeopleViews::sortKey).thenComparing(Person::id))
                    .map(this::entry).toList();
            if (!people.isEmpty()) {
                groups.add(new PeoplePages.Group("group-" + group.key(), group.title(), people));
            }
        }
        return new PeoplePages.PeoplePage("People", groups);
    }

    private static String sortKey(Person person) {
        return (person.surname().orElse(person.name()) + " " + person.name()).toLowerCase(Locale.ROOT);
    }

    private PeoplePages.PersonEntry entry(Person person) {
        List<ItemId> backlinks = linked.backlinksOf(person.itemId());
        List<ItemId> quoted = linked.guide().quotes().stream()
                .filter(q -> q.speaker().filter(s -> s.id().equals(person.id())).isPresent())
                .map(Quote::itemId).toList();
        List<ItemId> mentionedIn = backlinks.stream().filter(item -> !quoted.contains(item)).toList();
        return new PeoplePages.PersonEntry(person.id(), person.name(), person.roles(),
                markdown.html(person.description()), person.aliases(), lookup.linksTo(person.terms()),
                lookup.links(mentionedIn), lookup.links(quoted));
    }

    /** Every explained quotation, by reading in the order of {@code sources.yml}, then in file order. */
    PeoplePages.KeyQuotationsPage keyQuotations() {
        Guide guide = linked.guide();
        List<PeoplePages.KeyGroup> groups = new ArrayList<>();
        for (Source source : guide.sources()) {
            List<PeoplePages.KeyQuotation> quotes = guide.quotes().stream()
                    .filter(q -> q.source().id().equals(source.id()) && q.explanation().isPresent())
                    .map(this::keyQuotation).toList();
            if (!quotes.isEmpty()) {
                groups.add(new PeoplePages.KeyGroup(lookup.link(source.itemId()), quotes));
            }
        }
        return new PeoplePages.KeyQuotationsPage("Key quotations explained", groups);
    }

    private PeoplePages.KeyQuotation keyQuotation(Quote quote) {
        return new PeoplePages.KeyQuotation(quote.id(), quote.text(), entries.speaker(quote), quote.locator(),
                lookup.link(ItemId.of(quote.source())), markdown.explanation(quote).orElse(""),
                lookup.link(quote.itemId()), lookup.links(linked.backlinksOf(quote.itemId())));
    }
}
