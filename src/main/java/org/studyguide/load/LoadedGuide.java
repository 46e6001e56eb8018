package org.studyguide.load;

import java.util.Set;
import org.studyguide.model.Guide;
import org.studyguide.model.Ref;

/**
 * The load stage's result.
 *
 * @param incomplete kinds of item whose file could not be read in full (a YAML syntax error, a
 *                   missing chapter file): references to them are not reported again as unknown
 */
public record LoadedGuide(Guide guide, Set<Ref.Kind> incomplete) {
}
