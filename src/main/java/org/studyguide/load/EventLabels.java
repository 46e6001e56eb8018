package org.studyguide.load;

import java.util.Optional;
import org.studyguide.diag.Diagnostics;
import org.studyguide.model.Event;

/** Checks an event's optional short {@code label}: a few words, as it stands inside a sentence. */
final class EventLabels {
    private EventLabels() {
    }

    /** The label as written, after reporting it when it is empty or longer than {@link Event#MAX_LABEL}. */
    static Optional<String> check(YamlMap map, Diagnostics diagnostics) {
        Optional<String> label = map.optionalText("label");
        if (label.isPresent() && label.get().isEmpty()) {
            diagnostics.error(map.positionOf("label"), "'label' is empty",
                    "write a short name for the event after 'label:', or remove the line to use the title");
            return Optional.empty();
        }
        int length = label.map(l -> l.codePointCount(0, l.length())).orElse(0);
        if (length > Event.MAX_LABEL) {
            diagnostics.error(map.positionOf("label"), "the event's label is " + length + " characters long, more than "
                    + Event.MAX_LABEL, "shorten it to a few words (such as 'Founding Act, 1997'); the title stays on the timeline");
        }
        return label;
    }
}
