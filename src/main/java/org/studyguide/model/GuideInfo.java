package org.studyguide.model;

import java.util.List;
import java.util.Optional;

/**
 * The guide's title page facts and settings from {@code guide.yml}.
 *
 * @param sourceTexts folder of the readings' plain texts, relative to the content folder, against
 *                    which quotations are verified when it exists
 * @param timelinePeriods the periods the timeline page groups its events by, in order; empty
 *                    means by decade
 * @param paper       the paper size of the PDFs
 * @param pdf         whether the build renders PDFs
 */
public record GuideInfo(
        String title,
        Optional<String> subtitle,
        String language,
        List<String> authors,
        Optional<String> licence,
        Optional<String> repository,
        Optional<Markdown> introduction,
        Optional<String> sourceTexts,
        List<TimelinePeriod> timelinePeriods,
        Paper paper,
        boolean pdf) {
}
