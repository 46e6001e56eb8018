package org.studyguide.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.studyguide.build.BuildResult;
import org.studyguide.diag.Diagnostic;
import org.studyguide.diag.Severity;

/** The result of building a {@link GuideFixture}: its diagnostics and its pages, parsed with Jsoup. */
public record BuiltGuide(BuildResult result, Path out) {

    /** A published page, parsed. */
    public Document page(String path) {
        try {
            return Jsoup.parse(out.resolve(path).toFile(), StandardCharsets.UTF_8.name());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The errors of the build. */
    public List<Diagnostic> errors() {
        return result.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).toList();
    }

    /** The warnings of the build. */
    public List<Diagnostic> warnings() {
        return result.diagnostics().stream().filter(d -> d.severity() == Severity.WARNING).toList();
    }

    /** Fails the test, listing the problems, unless the build succeeded without warnings. */
    public BuiltGuide assertClean() {
        assertThat(result.diagnostics()).as("diagnostics").isEmpty();
        return this;
    }

    /**
     * The single error of a build that must fail with exactly one, written in plain words: no Java
     * class or exception name in its message or hint.
     */
    public Diagnostic onlyPlainError() {
        assertThat(result.published()).as("published").isFalse();
        Diagnostic error = onlyError();
        assertPlainWords(error);
        return error;
    }

    /** Fails unless a diagnostic's message and hint name no Java class, package or exception. */
    public static void assertPlainWords(Diagnostic diagnostic) {
        assertThat(diagnostic.message() + " " + diagnostic.hint().orElse(""))
                .doesNotContainPattern("\\b[a-z][a-z0-9]*(\\.[a-z][a-z0-9]*)+\\.[A-Z]|Exception|\\bjava\\.");
    }

    /** Where a diagnostic points, as {@code file:line:column} with the file relative to {@code root}. */
    public static String where(Path root, Diagnostic diagnostic) {
        return root.relativize(diagnostic.position().file()) + ":" + diagnostic.position().line() + ":"
                + diagnostic.position().column();
    }

    /** The single error of a build that must have exactly one. */
    public Diagnostic onlyError() {
        assertThat(errors()).as("errors").hasSize(1);
        return errors().get(0);
    }
}
