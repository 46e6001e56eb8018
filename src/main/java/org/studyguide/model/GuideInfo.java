package org.studyguide.model;

import java.util.List;
import java.util.Optional;

/**
 * The guide's title page facts and settings from {@code guide.yml}.
 *
 * @param sourceTexts folder of the readings' plain texts, relative to the content folder, against
 *                    which quotations are verified when it exists
 * @param sourceTextsAt where {@code sourceTexts} is written in guide.yml (the mapping's start when absent)
 * @param timelinePeriods the periods the timeline page groups its events by, in order; empty
 *                    means by decade
 * @param baseUrl     the public address the site is published at, absolute and ending in {@code /}
 *                    (such as {@code https://you.github.io/guide/}); empty when not given
 * @param cname       the custom domain GitHub Pages serves the site at, written to {@code CNAME}
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
        Position sourceTextsAt,
        List<TimelinePeriod> timelinePeriods,
        Optional<String> baseUrl,
        Optional<String> cname,
        Paper paper,
        boolean pdf) {
}
