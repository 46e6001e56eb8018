package org.studyguide.model;

import java.util.List;
import java.util.Optional;

/** The guide's title page facts from {@code guide.yml}. */
public record GuideInfo(
        String title,
        Optional<String> subtitle,
        String language,
        List<String> authors,
        Optional<String> licence,
        Optional<String> repository,
        Optional<Markdown> introduction) {
}
