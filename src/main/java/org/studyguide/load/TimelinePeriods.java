package org.studyguide.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.studyguide.diag.Diagnostics;
import org.studyguide.model.TimelinePeriod;

/**
 * Reads {@code timelinePeriods} in {@code guide.yml}: a list of periods, each with the year it
 * starts ({@code from}) and a {@code title}, in strictly increasing order of years.
 */
final class TimelinePeriods {
    private static final Set<String> KEYS = Set.of("from", "title");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    private TimelinePeriods() {
    }

    /** The periods as written; malformed or out-of-order ones are reported and left out. */
    static List<TimelinePeriod> read(YamlMap guide, Diagnostics diagnostics) {
        List<TimelinePeriod> periods = new ArrayList<>();
        for (YamlMap map : guide.maps("timelinePeriods", "timeline period", KEYS)) {
            String from = map.text("from");
            String title = map.text("title");
            if (!from.isEmpty() && !YEAR.matcher(from).matches()) {
                diagnostics.error(map.positionOf("from"), "invalid year '" + from + "' in a timeline period",
                        "write the year the period starts in, with four digits, for example 1999");
            } else if (!from.isEmpty()) {
                int year = Integer.parseInt(from);
                int previous = periods.isEmpty() ? Integer.MIN_VALUE : periods.get(periods.size() - 1).from();
                if (year <= previous) {
                    diagnostics.error(map.positionOf("from"), "timeline period starting in " + year
                            + " does not come after the one starting in " + previous,
                            "list the periods in time order, each starting in a later year");
                } else {
                    periods.add(new TimelinePeriod(year, title, map.positionOf("from")));
                }
            }
        }
        return List.copyOf(periods);
    }
}
