package org.studyguide.scaffold;

import java.util.List;
import org.studyguide.diag.Diagnostic;

/**
 * Why a scaffolding command refused to write, or could not: nothing it meant to write is left
 * behind. Problems found in the guide's files carry diagnostics with their file, line and column.
 */
public final class ScaffoldException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Whose the problem is, which decides the exit code. */
    public enum Reason {
        /** The command line asks for something impossible (a malformed id, a folder in use). */
        ARGUMENT,
        /** The guide's own files stand in the way (guide.yml unreadable, chapter already there). */
        GUIDE,
        /** A file could not be written. */
        WRITE
    }

    private final Reason reason;
    private final transient List<Diagnostic> diagnostics;

    /** A problem without a place in a file. */
    ScaffoldException(Reason reason, String message) {
        super(message);
        this.reason = reason;
        this.diagnostics = List.of();
    }

    /** A problem at a place in one of the guide's files. */
    ScaffoldException(Diagnostic diagnostic) {
        super(diagnostic.message());
        this.reason = Reason.GUIDE;
        this.diagnostics = List.of(diagnostic);
    }

    /** Whose problem it is. */
    public Reason reason() {
        return reason;
    }

    /** The problems at their places, or none when {@link #getMessage()} says it all. */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
