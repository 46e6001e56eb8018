package org.studyguide.model;

/**
 * A named stretch of the timeline, from {@code guide.yml}'s {@code timelinePeriods}: it starts in
 * the year {@code from} and runs until the next period starts.
 *
 * @param from     the first year of the period
 * @param title    what the period is called, such as "After the Cold War"
 * @param position where the period is written
 */
public record TimelinePeriod(int from, String title, Position position) {
}
