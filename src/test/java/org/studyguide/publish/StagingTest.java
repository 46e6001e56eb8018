package org.studyguide.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.studyguide.publish.Trees.names;
import static org.studyguide.publish.Trees.site;
import static org.studyguide.publish.Trees.snapshot;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studyguide.render.SiteFiles;
import org.studyguide.render.StagedFiles;

/**
 * A site rendered into a staging folder: its pages are on disk as soon as they are made, the
 * published site is the same as one written at the end, and a staging closed unpublished (a build
 * with errors) leaves the previous site and nothing beside it.
 */
class StagingTest {
    @TempDir
    Path tmp;

    private final Publisher publisher = new Publisher();

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aPageIsWrittenWhenItIsPutAndTheOtherFilesWhenTheSiteIsPublished() throws Exception {
        Path out = tmp.resolve("site");
        publisher.publish(site("index.html", "v1"), out, List.of());
        try (Staging staging = publisher.stage(out, List.of())) {
            StagedFiles files = staging.files();
            files.put("chapters/a.html", utf8("<p>a</p>"));
            files.put("assets/app.js", utf8("js"));

            assertThat(Files.readString(files.folder().resolve("chapters/a.html"))).isEqualTo("<p>a</p>");
            assertThat(files.folder().resolve("assets/app.js")).doesNotExist();
            assertThat(new String(files.get("chapters/a.html"), StandardCharsets.UTF_8)).isEqualTo("<p>a</p>");
            assertThat(snapshot(out)).containsEntry("index.html", "v1");

            staging.publish(SiteFiles.of(files));
        }
        assertThat(snapshot(out)).containsOnlyKeys(".studyguide", "chapters/", "chapters/a.html", "assets/", "assets/app.js")
                .containsEntry("chapters/a.html", "<p>a</p>").containsEntry("assets/app.js", "js");
        assertThat(names(tmp)).containsExactly("site");
    }

    @Test
    void aStagingClosedWithoutPublishingLeavesThePreviousSiteAndNoFolder() throws Exception {
        Path out = tmp.resolve("site");
        publisher.publish(site("index.html", "v1"), out, List.of());
        Map<String, String> before = snapshot(out);
        try (Staging staging = publisher.stage(out, List.of())) {
            staging.files().put("index.html", utf8("v2, never published"));
            assertThat(names(tmp)).hasSize(2);
        }
        assertThat(snapshot(out)).isEqualTo(before);
        assertThat(names(tmp)).containsExactly("site");
    }

    @Test
    void aPageWhosePathLeavesTheSiteIsNotWrittenAndThePublishRefusesIt() throws Exception {
        Path out = tmp.resolve("site");
        try (Staging staging = publisher.stage(out, List.of())) {
            staging.files().put("../escaped.html", utf8("outside"));
            assertThat(staging.files().isWritten("../escaped.html")).isFalse();
            assertThatThrownBy(() -> staging.publish(SiteFiles.of(staging.files())))
                    .isInstanceOf(PublishException.class).hasMessageContaining("stay inside the site");
        }
        assertThat(tmp.resolve("escaped.html")).doesNotExist();
        assertThat(names(tmp)).isEmpty();
    }

    @Test
    void aStagedSiteAnswersLikeTheSameSiteInMemory() throws Exception {
        try (Staging staging = publisher.stage(tmp.resolve("site"), List.of())) {
            StagedFiles files = staging.files();
            Map<String, byte[]> same = Map.of("b/x.html", utf8("x"), "b/y.css", utf8("y"), "c.html", utf8("c"));
            same.forEach(files::put);
            SiteFiles memory = SiteFiles.of(same);
            SiteFiles staged = SiteFiles.of(files);

            assertThat(staged.files().keySet()).containsExactlyElementsOf(memory.files().keySet());
            assertThat(staged.files().tailMap("b/").firstKey()).isEqualTo("b/x.html");
            assertThat(staged.files().headMap("c.html")).containsOnlyKeys("b/x.html", "b/y.css");
            assertThat(staged.text("b/x.html")).isEqualTo(memory.text("b/x.html"));
            assertThat(staged.isWritten("b/x.html")).isTrue();
            assertThat(staged.isWritten("b/y.css")).isFalse();
        }
    }
}
