package org.studyguide.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studyguide.diag.Diagnostic;
import org.studyguide.testing.BuiltGuide;
import org.studyguide.testing.GuideFixture;

/** A guide's templates cannot run code, reach Java objects or read files outside their folder. */
class SafeTemplatesTest {
    @TempDir
    Path root;

    private Diagnostic onlyError(GuideFixture fixture) {
        BuiltGuide built = fixture.build();
        assertThat(built.result().published()).isFalse();
        return built.onlyError();
    }

    private String where(Diagnostic d) {
        return root.relativize(d.position().file()) + ":" + d.position().line() + ":" + d.position().column();
    }

    private GuideFixture notFoundPage(String line) {
        return GuideFixture.in(root).template("404.ftlh", "<p>Not found</p>\n" + line + "\n");
    }

    @Test
    void executeCannotBeCreated() {
        Path marker = root.resolve("ran");
        Diagnostic d = onlyError(notFoundPage("<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"touch "
                + marker + "\")}"));
        assertThat(where(d)).isEqualTo("templates/404.ftlh:2:1");
        assertThat(d.message()).isEqualTo("template error: templates may not create Java objects: ?new is turned off");
        assertThat(marker).doesNotExist();
    }

    @Test
    void objectConstructorCannotBeCreated() {
        Diagnostic d = onlyError(notFoundPage(
                "<#assign make=\"freemarker.template.utility.ObjectConstructor\"?new()>${make(\"java.io.File\", \"/etc\").list()[0]}"));
        assertThat(where(d)).isEqualTo("templates/404.ftlh:2:1");
        assertThat(d.message()).startsWith("template error");
    }

    @Test
    void apiBuiltInIsOff() {
        Diagnostic d = onlyError(notFoundPage("${page?api.getClass().getName()}"));
        assertThat(where(d)).startsWith("templates/404.ftlh:2:");
        assertThat(d.message()).startsWith("template error");
    }

    @Test
    void viewsShowOnlyTheirComponents() {
        Diagnostic d = onlyError(notFoundPage("${page.getClass().getProtectionDomain()}"));
        assertThat(where(d)).startsWith("templates/404.ftlh:2:");
        assertThat(d.message()).startsWith("template error");
    }

    @Test
    void aFailedAttemptIsNotLoggedToTheConsole() {
        BuiltGuide built = notFoundPage("<p id=\"t\"><#attempt>${page.nothing}<#recover>fallback</#attempt></p>").build();
        assertThat(built.errors()).isEmpty();
        assertThat(built.page("404.html").getElementById("t").text()).isEqualTo("fallback");
        // Freemarker would otherwise write the failure, with Java names and a stack trace, to the
        // console through java.util.logging; the tests' class path holds other logging libraries,
        // so the test asks which one Freemarker was told to use.
        assertThat(System.getProperty(freemarker.log.Logger.SYSTEM_PROPERTY_NAME_LOGGER_LIBRARY))
                .isEqualTo(freemarker.log.Logger.LIBRARY_NAME_NONE);
        assertThat(freemarker.log.Logger.getLogger("freemarker.runtime").isErrorEnabled()).isFalse();
    }

    @Test
    void viewComponentsStillWork() {
        BuiltGuide built = notFoundPage("<p id=\"t\">${page.title}</p>").build();
        assertThat(built.errors()).isEmpty();
        assertThat(built.page("404.html").getElementById("t").text()).isEqualTo("Page not found");
    }

    @Test
    void includeOfALinkOutOfTheFolderIsAnErrorAtItsLine() throws IOException {
        Path secret = Files.writeString(root.resolve("secret.txt"), "do-not-publish");
        GuideFixture fixture = notFoundPage("<#include \"leak.ftlh\">");
        fixture.writeFiles();
        Files.createSymbolicLink(fixture.templatesDir().resolve("leak.ftlh"), secret);
        Diagnostic d = onlyError(fixture);
        assertThat(where(d)).isEqualTo("templates/404.ftlh:2:1");
        assertThat(d.message()).contains("outside the templates folder").doesNotContain("do-not-publish");
    }

    @Test
    void assetLinkedOutOfTheFolderIsRefused() throws IOException {
        Path secret = Files.writeString(root.resolve("secret.txt"), "do-not-publish");
        GuideFixture fixture = notFoundPage("");
        fixture.writeFiles();
        Files.createDirectories(fixture.templatesDir().resolve("assets"));
        Files.createSymbolicLink(fixture.templatesDir().resolve("assets/leak.txt"), secret);
        Diagnostic d = onlyError(fixture);
        assertThat(where(d)).isEqualTo("templates/assets/leak.txt:0:0");
        assertThat(d.message()).contains("outside the templates folder");
        assertThat(fixture.out().resolve("assets/leak.txt")).doesNotExist();
    }
}
