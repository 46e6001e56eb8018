package org.studyguide.diag;

import java.util.Comparator;
import java.util.Optional;
import org.studyguide.model.Position;

/**
 * One problem found in a guide: where, what is wrong and, when known, how to fix it.
 *
 * @param hint the likely fix ("did you mean 'NRC'?"), if one can be given
 */
public record Diagnostic(Severity severity, Position position, String message, Optional<String> hint) {

    /** Sort order of a report: by file, line, column, then errors before warnings. */
    public static final Comparator<Diagnostic> ORDER = Comparator
            .comparing((Diagnostic d) -> d.position().file().toString())
            .thenComparingInt(d -> d.position().line())
            .thenComparingInt(d -> d.position().column())
            .thenComparing(Diagnostic::severity)
            .thenComparing(Diagnostic::message);

    /** An error without a hint. */
    public static Diagnostic error(Position position, String message) {
        return new Diagnostic(Severity.ERROR, position, message, Optional.empty());
    }

    /** An error with a hint. */
    public static Diagnostic error(Position position, String message, String hint) {
        return new Diagnostic(Severity.ERROR, position, message, Optional.of(hint));
    }

    /** A warning with an optional hint. */
    public static Diagnostic warning(Position position, String message, Optional<String> hint) {
        return new Diagnostic(Severity.WARNING, position, message, hint);
    }
}
