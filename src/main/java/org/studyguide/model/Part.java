package org.studyguide.model;

import java.util.List;

/** A titled group of chapters, in reading order. */
public record Part(String title, List<Chapter> chapters) {
}
