package org.studyguide.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.studyguide.link.LinkedGuide;
import org.studyguide.model.Event;
import org.studyguide.model.ItemId;
import org.studyguide.model.Ref;
import org.studyguide.model.TimelinePeriod;

/**
 * Builds the timeline page: events in date order, grouped by the periods of {@code guide.yml}
 * (by decade when it names none), each with the chapters and quotations about it.
 */
final class TimelineViews {
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    private final LinkedGuide linked;
    private final GuideLookup lookup;
    private final MarkdownHtml markdown;
    private final List<TimelinePeriod> periods;

    TimelineViews(LinkedGuide linked, GuideLookup lookup, MarkdownHtml markdown) {
        this.linked = linked;
        this.lookup = lookup;
        this.markdown = markdown;
        this.periods = linked.guide().info().timelinePeriods();
    }

    /** The page; events on the same date keep the order of {@code timeline.yml}. */
    Views.TimelinePage page() {
        List<Event> events = linked.guide().events().stream().sorted(Comparator.comparing(Event::date)).toList();
        Map<Span, List<Event>> bySpan = new LinkedHashMap<>();
        events.forEach(event -> bySpan.computeIfAbsent(spanOf(year(event)), k -> new ArrayList<>()).add(event));
        List<Views.Period> groups = new ArrayList<>();
        bySpan.forEach((span, inSpan) -> groups.add(new Views.Period(span.id(),
                span.years(year(inSpan.get(inSpan.size() - 1))), span.title(), inSpan.stream().map(this::entry).toList())));
        return new Views.TimelinePage("Timeline", groups,
                FilterOptions.terms(events.stream().flatMap(e -> e.terms().stream()), lookup));
    }

    private Views.EventEntry entry(Event event) {
        List<ItemId> backlinks = linked.backlinksOf(new ItemId(Ref.Kind.EVENT, event.id()));
        List<ItemId> quotes = Stream.concat(event.quotes().stream().map(ItemId::of),
                backlinks.stream().filter(i -> i.kind() == Ref.Kind.QUOTE)).distinct().toList();
        return new Views.EventEntry(event.id(), event.date(), event.title(), markdown.html(event.text()),
                lookup.linksTo(event.sources()), lookup.linksTo(event.terms()), lookup.links(quotes),
                lookup.links(backlinks.stream().filter(i -> i.kind() == Ref.Kind.CHAPTER).toList()),
                lookup.links(backlinks.stream().filter(i -> i.kind() != Ref.Kind.CHAPTER && i.kind() != Ref.Kind.QUOTE)
                        .toList()),
                FilterOptions.ids(event.terms()));
    }

    /** The span of years that holds {@code year}: its named period, the years before the first, or its decade. */
    private Span spanOf(int year) {
        if (periods.isEmpty()) {
            int decade = Math.floorDiv(year, 10) * 10;
            return new Span(Span.Kind.DECADE, decade, decade + 9, "");
        }
        if (year < periods.get(0).from()) {
            return new Span(Span.Kind.BEFORE, Integer.MIN_VALUE, periods.get(0).from() - 1, "");
        }
        int i = periods.size() - 1;
        while (periods.get(i).from() > year) {
            i--;
        }
        int end = i + 1 < periods.size() ? periods.get(i + 1).from() - 1 : Integer.MAX_VALUE;
        return new Span(Span.Kind.NAMED, periods.get(i).from(), end, periods.get(i).title());
    }

    /** The event's year; 0 for a malformed date, which the load stage has reported. */
    private static int year(Event event) {
        Matcher m = YEAR.matcher(event.date());
        return m.lookingAt() ? Integer.parseInt(m.group()) : 0;
    }

    /** A stretch of years the page groups events by; {@code end} is inclusive. */
    private record Span(Kind kind, int start, int end, String title) {
        enum Kind { NAMED, BEFORE, DECADE }

        // Written out rather than linked at run time, as ItemId's are.
        @Override
        public boolean equals(Object other) {
            return other instanceof Span that && kind == that.kind && start == that.start && end == that.end
                    && Objects.equals(title, that.title);
        }

        @Override
        public int hashCode() {
            return ((31 * Objects.hashCode(kind) + start) * 31 + end) * 31 + Objects.hashCode(title);
        }

        String id() {
            return switch (kind) {
                case NAMED -> "period-" + start;
                case BEFORE -> "period-before-" + (end + 1);
                case DECADE -> "period-" + start + "s";
            };
        }

        /** The years as shown: the last period ends with its last event. */
        String years(int lastEventYear) {
            return switch (kind) {
                case NAMED -> {
                    int last = end == Integer.MAX_VALUE ? Math.max(start, lastEventYear) : end;
                    yield last == start ? String.valueOf(start) : start + "–" + last;
                }
                case BEFORE -> "Before " + (end + 1);
                case DECADE -> start + "s";
            };
        }
    }
}
