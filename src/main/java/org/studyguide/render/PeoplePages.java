package org.studyguide.render;

import java.util.List;

/**
 * The view records of the People page and the key quotations page, kept beside {@link Views}
 * and following its rules: plain data for one page each; fields ending in {@code Html} hold
 * rendered, already-escaped markup; every other string is text the template escapes.
 */
public final class PeoplePages {
    private PeoplePages() {
    }

    /** The People page: people by group (Russian, NATO and Allied, Other), each group by name. */
    public record PeoplePage(String title, List<Group> groups) {
    }

    /**
     * The people of one group.
     *
     * @param id the group's anchor, such as {@code group-russia}
     */
    public record Group(String id, String title, List<PersonEntry> people) {
    }

    /**
     * One person with what the guide says about them.
     *
     * @param mentionedIn the chapters (and other entries) that name them
     * @param quoted      the quotations in which they speak
     */
    public record PersonEntry(String id, String name, List<String> roles, String descriptionHtml,
            List<String> aliases, List<Views.Link> terms, List<Views.Link> mentionedIn, List<Views.Link> quoted) {
    }

    /** The key quotations page: every explained quotation, grouped by reading in reading order. */
    public record KeyQuotationsPage(String title, List<KeyGroup> groups) {
    }

    /** The explained quotations from one reading, in the order of {@code quotes.yml}. */
    public record KeyGroup(Views.Link reading, List<KeyQuotation> quotes) {
    }

    /**
     * One explained quotation.
     *
     * @param speaker nullable: who speaks, when the reading quotes someone
     * @param usedIn  the chapters and entries that use it
     */
    public record KeyQuotation(String id, String text, Views.Speaker speaker, String locator, Views.Link reading,
            String explanationHtml, Views.Link entry, List<Views.Link> usedIn) {
    }
}
