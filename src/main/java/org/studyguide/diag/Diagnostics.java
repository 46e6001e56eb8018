package org.studyguide.diag;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.studyguide.model.Position;

/**
 * The problems of one build, collected so that all of them are reported together at the end
 * rather than the build stopping at the first. Safe to add to from several threads (pages are
 * rendered and checked in parallel); the report is sorted, so arrival order does not matter.
 */
public final class Diagnostics {
    private final List<Diagnostic> items = java.util.Collections.synchronizedList(new ArrayList<>());

    /** Records a problem. */
    public void add(Diagnostic diagnostic) {
        items.add(diagnostic);
    }

    /** Records an error. */
    public void error(Position position, String message) {
        add(Diagnostic.error(position, message));
    }

    /** Records an error with a hint. */
    public void error(Position position, String message, String hint) {
        add(Diagnostic.error(position, message, hint));
    }

    /** Records an error whose hint may be absent. */
    public void error(Position position, String message, Optional<String> hint) {
        add(new Diagnostic(Severity.ERROR, position, message, hint));
    }

    /** Records a warning. */
    public void warning(Position position, String message, Optional<String> hint) {
        add(Diagnostic.warning(position, message, hint));
    }

    /** True when any error (not warning) was recorded. */
    public boolean hasErrors() {
        return snapshot().stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }

    /** How many problems of the given severity were recorded. */
    public long count(Severity severity) {
        return snapshot().stream().filter(d -> d.severity() == severity).count();
    }

    /** All problems, sorted by place. */
    public List<Diagnostic> sorted() {
        return snapshot().stream().sorted(Diagnostic.ORDER).toList();
    }

    private List<Diagnostic> snapshot() {
        synchronized (items) {
            return List.copyOf(items);
        }
    }
}
