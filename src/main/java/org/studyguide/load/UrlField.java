package org.studyguide.load;

import java.util.Optional;
import org.studyguide.diag.Diagnostics;

/** A YAML value that becomes a link in a page ({@code url:}, {@code repository:}): refused unless its scheme is allowed. */
final class UrlField {
    private UrlField() {
    }

    /** The address under {@code key}, or empty when absent or refused (and then reported at the value). */
    static Optional<String> read(YamlMap map, String key, Diagnostics diagnostics) {
        Optional<String> value = map.optionalText(key);
        Optional<String> scheme = value.flatMap(LinkSchemes::refused);
        if (scheme.isPresent()) {
            diagnostics.error(map.positionOf(key), "'" + key + "': " + LinkSchemes.message(scheme.get()), LinkSchemes.HINT);
            return Optional.empty();
        }
        return value;
    }
}
