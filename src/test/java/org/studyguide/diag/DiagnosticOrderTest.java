package org.studyguide.diag;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.studyguide.model.Position;

/** A report lists problems by file, line and column, errors before warnings, then by message. */
class DiagnosticOrderTest {
    private static Diagnostic at(Severity severity, String file, int line, int column, String message) {
        return new Diagnostic(severity, new Position(Path.of(file), line, column), message, Optional.empty());
    }

    @Test
    void eachKeyDecidesOnlyWhereTheEarlierOnesTie() {
        List<Diagnostic> expected = List.of(
                at(Severity.WARNING, "a.md", 9, 9, "z"),
                at(Severity.WARNING, "b.md", 2, 5, "z"),
                at(Severity.WARNING, "b.md", 10, 1, "z"),
                at(Severity.ERROR, "b.md", 10, 3, "z"),
                at(Severity.ERROR, "b.md", 10, 4, "b"),
                at(Severity.ERROR, "b.md", 10, 4, "c"),
                at(Severity.WARNING, "b.md", 10, 4, "a"));
        List<Diagnostic> shuffled = List.of(expected.get(6), expected.get(3), expected.get(0), expected.get(5),
                expected.get(2), expected.get(4), expected.get(1));
        assertThat(shuffled.stream().sorted(Diagnostic.ORDER).toList()).isEqualTo(expected);
    }
}
