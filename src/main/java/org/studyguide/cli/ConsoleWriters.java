package org.studyguide.cli;

import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
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

    /** A writer to {@code stream} in the encoding standard output has: what the build daemon sends its client. */
    static PrintWriter outputTo(OutputStream stream) {
        return writer(stream, "sun.stdout.encoding");
    }

    /** As {@link #outputTo}, in standard error's encoding. */
    static PrintWriter errorTo(OutputStream stream) {
        return writer(stream, "sun.stderr.encoding");
    }

    private static PrintWriter writer(OutputStream stream, String encodingProperty) {
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
