package org.studyguide.model;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A place in a user's file, 1-based, used by every diagnostic.
 *
 * @param file   the file as the user named it (relative to where the build was started when possible)
 * @param line   1-based line
 * @param column 1-based column
 */
public record Position(Path file, int line, int column) {

    /** A position that refers to a whole file rather than a place in it. */
    public static Position ofFile(Path file) {
        return new Position(file, 0, 0);
    }

    /** True when this names a line, not just a file. */
    public boolean hasLine() {
        return line > 0;
    }

    /** This position moved by a number of columns on the same line. */
    public Position plusColumns(int columns) {
        return new Position(file, line, column + columns);
    }

    // Written out rather than linked at run time, as ItemId's are.
    @Override
    public boolean equals(Object other) {
        return other instanceof Position that && line == that.line && column == that.column
                && Objects.equals(file, that.file);
    }

    @Override
    public int hashCode() {
        return (31 * Objects.hashCode(file) + line) * 31 + column;
    }
}
