package org.studyguide.diag;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.studyguide.model.Position;

/**
 * Formats diagnostics the way compilers do, so editors and terminals can jump to them:
 * <pre>
 * content/chapters/a.md:12:5: error: unknown term 'NCR'
 *    12 | The [[NCR]] met in ...
 *       |     ^
 *   hint: did you mean 'NRC'?
 * </pre>
 */
public final class DiagnosticPrinter {
    private final Map<Path, List<String>> lines = new HashMap<>();

    /** The whole report: every diagnostic, sorted, followed by a blank line each. */
    public String format(List<Diagnostic> diagnostics) {
        StringBuilder out = new StringBuilder();
        for (Diagnostic diagnostic : diagnostics) {
            out.append(format(diagnostic)).append('\n');
        }
        return out.toString();
    }

    /** One diagnostic with its source line and hint. */
    public String format(Diagnostic diagnostic) {
        Position at = diagnostic.position();
        StringBuilder out = new StringBuilder(location(at))
                .append(": ").append(diagnostic.severity().label())
                .append(": ").append(diagnostic.message()).append('\n');
        sourceLine(at).ifPresent(text -> {
            String number = String.valueOf(at.line());
            String gutter = " ".repeat(number.length());
            out.append(' ').append(number).append(" | ").append(text).append('\n');
            out.append(' ').append(gutter).append(" | ")
                    .append(caretPadding(text, at.column())).append("^\n");
        });
        diagnostic.hint().ifPresent(hint -> out.append("  hint: ").append(hint).append('\n'));
        return out.toString();
    }

    /** {@code file:line:column}, or just the file when no line is known. */
    public static String location(Position at) {
        String file = shown(at.file());
        return at.hasLine() ? file + ":" + at.line() + ":" + at.column() : file;
    }

    /** A file as the user best recognises it: relative to the working folder when it lies inside it. */
    public static String shown(Path file) {
        Path cwd = Path.of("").toAbsolutePath();
        Path absolute = file.toAbsolutePath().normalize();
        return absolute.startsWith(cwd) && !absolute.equals(cwd) ? cwd.relativize(absolute).toString() : file.toString();
    }

    private java.util.Optional<String> sourceLine(Position at) {
        if (!at.hasLine()) {
            return java.util.Optional.empty();
        }
        List<String> fileLines = lines.computeIfAbsent(at.file(), DiagnosticPrinter::readLines);
        return at.line() <= fileLines.size()
                ? java.util.Optional.of(fileLines.get(at.line() - 1).stripTrailing())
                : java.util.Optional.empty();
    }

    /** Keeps tabs so the caret lines up under the column in any terminal. */
    private static String caretPadding(String text, int column) {
        StringBuilder pad = new StringBuilder();
        for (int i = 0; i < column - 1; i++) {
            pad.append(i < text.length() && text.charAt(i) == '\t' ? '\t' : ' ');
        }
        return pad.toString();
    }

    private static List<String> readLines(Path file) {
        if (!Files.isRegularFile(file)) {
            return List.of(); // a pipe or device would block the report
        }
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }
}
