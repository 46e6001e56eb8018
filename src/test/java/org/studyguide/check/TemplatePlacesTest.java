package org.studyguide.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studyguide.diag.Diagnostic;
import org.studyguide.model.Position;
import org.studyguide.render.SiteFiles;

/** A problem in what a template wrote moves to the template's line, which is looked up only when needed. */
class TemplatePlacesTest {
    @TempDir
    Path root;

    @Test
    void templatesAreReadWhenAProblemFirstNeedsPlacingNotBefore() throws IOException {
        Path templates = Files.createDirectories(root.resolve("templates"));
        Path site = root.resolve("site");
        TemplatePlaces places = new TemplatePlaces(site, Optional.of(templates));
        // Written after the checker was made: a build that finds no problem never reads its templates.
        Files.writeString(templates.resolve("404.ftlh"), "<p>Lost?</p>\n  <img src=\"https://cdn.example.org/x.png\">\n");
        String page = "<p>Lost?</p>\n<img src=\"https://cdn.example.org/x.png\">\n";
        SiteFiles files = SiteFiles.of(Map.of("404.html", page.getBytes(StandardCharsets.UTF_8)));

        Diagnostic placed = places.place(Diagnostic.error(new Position(site.resolve("404.html"), 2, 11),
                "this page asks another host for a file"), files, Optional.empty());

        assertThat(placed.position()).isEqualTo(new Position(templates.resolve("404.ftlh"), 2, 13));
        assertThat(placed.message()).isEqualTo("this page asks another host for a file");
    }
}
