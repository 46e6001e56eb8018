package org.studyguide.model;

import java.util.List;
import java.util.Optional;

/**
 * A verbatim quotation from one of the readings.
 *
 * @param source  the reading it comes from
 * @param locator where in the reading (section heading, paragraph or note)
 * @param speaker who speaks, when the reading itself quotes someone
 * @param context one line (Markdown) in the guide author's own words on what the passage is about
 */
public record Quote(
        String id,
        String text,
        Ref source,
        String locator,
        Optional<String> speaker,
        Markdown context,
        List<Ref> terms,
        Position position,
        Position textPosition) {
}
