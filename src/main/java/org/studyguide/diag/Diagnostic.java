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
    public static final Comparator<Diagnostic> ORDER = new ReportOrder();

    /**
     * {@link #ORDER}, written out: chained from {@code Comparator}'s methods, its five lambdas were
     * linked at run time when the first problem of a build was reported, a cost every build with a
     * warning paid (measured: about a tenth of a 5-chapter build's load stage, bench/results.md).
     */
    private static final class ReportOrder implements Comparator<Diagnostic> {
        @Override
        public int compare(Diagnostic a, Diagnostic b) {
            int order = a.position().file().toString().compareTo(b.position().file().toString());
            if (order == 0) {
                order = Integer.compare(a.position().line(), b.position().line());
            }
            if (order == 0) {
                order = Integer.compare(a.position().column(), b.position().column());
            }
            if (order == 0) {
                order = a.severity().compareTo(b.severity());
            }
            return order != 0 ? order : a.message().compareTo(b.message());
        }
    }

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
