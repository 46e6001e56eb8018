package org.studyguide.render;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes CSV as RFC 4180 describes it: fields separated by commas, every record ended by CRLF, and
 * a field enclosed in double quotes (its own double quotes doubled) when it holds a comma, a double
 * quote, CR or LF. A field is also quoted when it starts with {@code #} or begins or ends with
 * whitespace, which RFC 4180 allows for any field: readers such as Anki's take a line that starts
 * with {@code #} for a comment, and some readers trim unquoted spaces.
 */
final class Csv {
    /** The end of every record. */
    static final String CRLF = "\r\n";

    private Csv() {
    }

    /** One record, ended by CRLF. */
    static String record(List<String> fields) {
        return fields.stream().map(Csv::field).collect(Collectors.joining(",")) + CRLF;
    }

    /** One field, quoted when it must be. */
    static String field(String value) {
        return needsQuotes(value) ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    private static boolean needsQuotes(String value) {
        if (value.isEmpty()) {
            return false;
        }
        return value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\r') >= 0
                || value.indexOf('\n') >= 0 || value.startsWith("#")
                || Character.isWhitespace(value.charAt(0)) || Character.isWhitespace(value.charAt(value.length() - 1));
    }
}
