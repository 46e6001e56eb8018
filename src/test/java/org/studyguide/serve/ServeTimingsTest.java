package org.studyguide.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studyguide.testing.GuideFixture;

/** {@code serve --timings}: each build's line is followed by one line of its stages' times. */
class ServeTimingsTest {
    @TempDir
    Path root;

    @Test
    void theFirstBuildsLineIsFollowedByItsStages() throws Exception {
        GuideFixture fixture = GuideFixture.in(root).writeFiles();
        StringWriter out = new StringWriter();
        try (PreviewServer server = PreviewServer.start(fixture.options().pdfs(false), 0, true,
                new PrintWriter(out, true), new PrintWriter(new StringWriter(), true))) {
            List<String> lines = out.toString().lines().toList();
            assertThat(lines).hasSize(2);
            assertThat(lines.get(0)).startsWith("Built 14 pages into ");
            assertThat(lines.get(1)).matches(
                    "  stages: load and link \\d+ ms, verify \\d+ ms, render \\d+ ms, check \\d+ ms, write \\d+ ms");
        }
    }

    @Test
    void withoutTimingsTheLineStandsAlone() throws Exception {
        GuideFixture fixture = GuideFixture.in(root).writeFiles();
        StringWriter out = new StringWriter();
        try (PreviewServer server = PreviewServer.start(fixture.options().pdfs(false), 0,
                new PrintWriter(out, true), new PrintWriter(new StringWriter(), true))) {
            assertThat(out.toString().lines()).singleElement().asString().startsWith("Built 14 pages into ");
        }
    }
}
