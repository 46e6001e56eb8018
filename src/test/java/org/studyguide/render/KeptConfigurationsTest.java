package org.studyguide.render;

import static org.assertj.core.api.Assertions.assertThat;

import freemarker.template.Configuration;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studyguide.diag.Diagnostic;
import org.studyguide.diag.Diagnostics;

/**
 * Parsed templates kept between builds in one JVM: a later build gets them only when it finds the
 * templates folder exactly as the build that parsed them did, and never a template that failed or
 * was read from a folder that differed; every build renders what its folder holds.
 */
class KeptConfigurationsTest {
    @TempDir
    Path root;

    private final AtomicInteger made = new AtomicInteger();

    private KeptConfigurations.Entry entry(Path folder) {
        try {
            ConfinedTemplateLoader loader = new ConfinedTemplateLoader(folder.toFile());
            return KeptConfigurations.of(Optional.of(folder), Optional.of(loader), () -> {
                made.incrementAndGet();
                Configuration configuration = new Configuration(Configuration.VERSION_2_3_34);
                configuration.setTemplateLoader(loader);
                return configuration;
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String render(Templates templates, String name, Diagnostics diagnostics) {
        return templates.render(name, Map.of("page", Map.of("title", "T")), diagnostics).orElse("(none)");
    }

    private static String render(Templates templates, String name) {
        return render(templates, name, new Diagnostics());
    }

    private Path folder(String name) throws IOException {
        return Files.createDirectories(root.resolve(name));
    }

    @Test
    void anUnchangedFolderKeepsItsConfiguration() throws IOException {
        Path folder = folder("same");
        Files.writeString(folder.resolve("a.ftlh"), "<p>${page.title} one</p>");
        KeptConfigurations.Entry first = entry(folder);
        first.configuration().getTemplate("a.ftlh");

        assertThat(entry(folder)).isSameAs(first);
        assertThat(made).hasValue(1);
    }

    @Test
    void anyChangeInTheFolderMakesAFreshOne() throws IOException {
        Path folder = folder("changed");
        Files.writeString(folder.resolve("a.ftlh"), "<p>one</p>");
        KeptConfigurations.Entry first = entry(folder);
        Files.writeString(folder.resolve("assets.css"), "p { color: black; }");

        assertThat(entry(folder)).isNotSameAs(first);
    }

    @Test
    void anotherFolderWithTheSameFilesGetsItsOwn() throws IOException {
        Files.writeString(folder("one").resolve("a.ftlh"), "<p>one</p>");
        Files.writeString(folder("two").resolve("a.ftlh"), "<p>one</p>");

        assertThat(entry(root.resolve("two"))).isNotSameAs(entry(root.resolve("one")));
    }

    @Test
    void aTemplateReadAfterTheFolderChangedIsNotHandedOut() throws IOException {
        Path folder = folder("raced");
        Path template = folder.resolve("a.ftlh");
        Files.writeString(template, "<p>one</p>");
        KeptConfigurations.Entry first = entry(folder);
        Files.writeString(template, "<p>two</p>");
        assertThat(first.configuration().getTemplate("a.ftlh").toString()).isEqualTo("<p>two</p>");
        Files.writeString(template, "<p>one</p>");

        KeptConfigurations.Entry second = entry(folder);

        assertThat(second).isNotSameAs(first);
        assertThat(second.configuration().getTemplate("a.ftlh").toString()).isEqualTo("<p>one</p>");
    }

    @Test
    void aFolderWithALinkIsNeverKept() throws IOException {
        Path folder = folder("linked");
        Files.writeString(root.resolve("outside.ftlh"), "<p>outside</p>");
        Files.createSymbolicLink(folder.resolve("a.ftlh"), root.resolve("outside.ftlh"));

        assertThat(entry(folder)).isNotSameAs(entry(folder));
    }

    @Test
    void eachBuildRendersWhatItsFolderHolds() throws IOException {
        Path folder = folder("edited");
        Files.writeString(folder.resolve("page.ftlh"), "<p>${page.title} one</p>");
        assertThat(render(new Templates(Optional.of(folder)), "page.ftlh")).isEqualTo("<p>T one</p>");
        assertThat(render(new Templates(Optional.of(folder)), "page.ftlh")).isEqualTo("<p>T one</p>");

        Files.writeString(folder.resolve("page.ftlh"), "<p>${page.title} two</p>");
        assertThat(render(new Templates(Optional.of(folder)), "page.ftlh")).isEqualTo("<p>T two</p>");

        Files.writeString(folder.resolve("page.ftlh"), "<p>${page.title} one</p>");
        assertThat(render(new Templates(Optional.of(folder)), "page.ftlh")).isEqualTo("<p>T one</p>");
    }

    @Test
    void aTemplateAddedLaterHidesTheBuiltInOne() throws IOException {
        Path folder = folder("added");
        Files.writeString(folder.resolve("page.ftlh"), "<#include \"speaker.ftlh\"><@speaker who={\"name\": \"N\"}/>");
        assertThat(render(new Templates(Optional.of(folder)), "page.ftlh")).endsWith("<span class=\"speaker\">N</span>");

        Files.writeString(folder.resolve("speaker.ftlh"), "<#macro speaker who><i>${who.name}</i></#macro>");

        assertThat(render(new Templates(Optional.of(folder)), "page.ftlh")).isEqualTo("<i>N</i>");
    }

    @Test
    void aFailedTemplateIsReportedByEveryBuildAsByTheFirst() throws IOException {
        Path folder = folder("broken");
        Files.writeString(folder.resolve("page.ftlh"), "<p>${page.title}</p>\n<#if true>open\n");
        List<String> reported = List.of(reported(folder), reported(folder), reported(folder));

        assertThat(reported.get(0)).startsWith("template syntax error");
        assertThat(reported).containsOnly(reported.get(0));
    }

    private static String reported(Path folder) {
        Diagnostics diagnostics = new Diagnostics();
        assertThat(render(new Templates(Optional.of(folder)), "page.ftlh", diagnostics)).isEqualTo("(none)");
        return diagnostics.sorted().stream().map(Diagnostic::message).findFirst().orElseThrow();
    }
}
