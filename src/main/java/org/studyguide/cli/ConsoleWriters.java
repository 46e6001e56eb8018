package org.studyguide.cli;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;

/**
 * Standard output and error as the commands print to them, made as picocli makes its own (in the
 * console's encoding when the JVM names one, else the default charset; flushed on every line), so
 * that a command prints the same bytes whether or not picocli read its command line.
 */
final class ConsoleWriters {
    private ConsoleWriters() {
    }

    /** Standard output. */
    static PrintWriter out() {
        return writer(System.out, "sun.stdout.encoding");
    }

    /** Standard error. */
    static PrintWriter err() {
        return writer(System.err, "sun.stderr.encoding");
    }

    private static PrintWriter writer(PrintStream stream, String encodingProperty) {
        return new PrintWriter(new BufferedWriter(new OutputStreamWriter(stream, charset(encodingProperty))), true);
    }

    private static Charset charset(String encodingProperty) {
        String name = System.getProperty(encodingProperty);
        if (name == null) {
            return Charset.defaultCharset();
        }
        try {
            return Charset.forName("cp65001".equalsIgnoreCase(name) ? "UTF-8" : name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Charset.defaultCharset();
        }
    }
}
