package org.studyguide.load;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.studyguide.diag.Diagnostics;

/** Checks an event's date: ISO year, year-month or full date, so that text order is time order. */
final class EventDates {
    private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    private EventDates() {
    }

    /** The event's date as written, after reporting it if it is not a valid partial ISO date. */
    static String check(YamlMap map, Diagnostics diagnostics) {
        String date = map.text("date");
        Matcher m = DATE.matcher(date);
        boolean valid = m.matches() && validParts(m);
        if (!date.isEmpty() && !valid) {
            diagnostics.error(map.positionOf("date"), "invalid date '" + date + "'",
                    "write YYYY, YYYY-MM or YYYY-MM-DD, for example 1997-05-27");
        }
        return date;
    }

    private static boolean validParts(Matcher m) {
        try {
            int year = Integer.parseInt(m.group(1));
            int month = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
            int day = m.group(3) == null ? 1 : Integer.parseInt(m.group(3));
            LocalDate.of(year, month, day);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
