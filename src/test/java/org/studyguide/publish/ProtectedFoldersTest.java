package org.studyguide.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.studyguide.publish.Trees.site;
import static org.studyguide.publish.Trees.snapshot;
import static org.studyguide.publish.Trees.write;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProtectedFoldersTest {
    @TempDir
    Path tmp;

    private final Publisher publisher = new Publisher();
    private Path content;
    private Path templates;
    private SortedMap<String, String> before;

    /** A project whose folders all carry the marker, so only the protection can refuse. */
    @BeforeEach
    void project() {
        content = tmp.resolve("guide/content");
        templates = tmp.resolve("guide/templates");
        write(content.resolve("guide.yml"), "title: NATO");
        write(content.resolve(".studyguide"), "marker\n");
        write(templates.resolve("page.ftlh"), "<html>");
        write(tmp.resolve("guide/.studyguide"), "marker\n");
        before = snapshot(tmp);
    }

    @Test
    void refusesTheSameFolder() {
        assertRefused(content, "it is the same folder as '" + content + "'");
    }

    @Test
    void refusesAFolderInside() {
        assertRefused(content.resolve("site"), "it is inside '" + content + "'");
    }

    @Test
    void refusesAFolderContainingOne() {
        assertRefused(tmp.resolve("guide"), "it contains '" + templates + "'");
    }

    @Test
    void seesThroughOtherNamesOfTheSameFolder() throws Exception {
        Path link = Files.createSymbolicLink(tmp.resolve("link"), templates);
        before = snapshot(tmp);

        assertRefused(link, "it is the same folder as '" + templates + "'");
        assertRefused(tmp.resolve("guide/content/../templates/x/.."), "it is the same folder as '" + templates + "'");
    }

    @Test
    void publishesBesideThem() throws Exception {
        publisher.publish(site("index.html", "v1"), tmp.resolve("guide/site"), List.of(content, templates));

        assertThat(snapshot(tmp.resolve("guide/site"))).containsKeys(".studyguide", "index.html");
    }

    private void assertRefused(Path out, String reason) {
        assertThatThrownBy(() -> publisher.publish(site("index.html", "v1"), out, List.of(templates, content)))
                .isInstanceOf(PublishException.class)
                .hasMessage("refusing to publish to '" + out + "': " + reason
                        + ", which the build reads from; choose another --out");
        assertThat(snapshot(tmp)).isEqualTo(before);
    }
}
