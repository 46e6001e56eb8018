package org.studyguide.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.studyguide.publish.Trees.names;
import static org.studyguide.publish.Trees.site;
import static org.studyguide.publish.Trees.snapshot;
import static org.studyguide.publish.Trees.write;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LeftoversTest {
    @TempDir
    Path tmp;

    private final Publisher publisher = new Publisher();

    @Test
    void removesStagingAndOldFoldersOfAnInterruptedRun() throws Exception {
        Path out = tmp.resolve("site");
        publisher.publish(site("index.html", "v1"), out, List.of());
        write(tmp.resolve(".site-staging-abc/.studyguide"), "marker\n");
        write(tmp.resolve(".site-staging-abc/index.html"), "half written");
        write(tmp.resolve(".site-staging-def-old/.studyguide"), "marker\n");
        write(tmp.resolve(".site-staging-def-old/index.html"), "v0");
        write(tmp.resolve(".other-staging-abc/keep.txt"), "another site's business");
        write(tmp.resolve("notes.txt"), "keep");

        publisher.publish(site("index.html", "v2"), out, List.of());

        assertThat(names(tmp)).containsExactly(".other-staging-abc", "notes.txt", "site");
        assertThat(snapshot(out)).containsEntry("index.html", "v2");
    }

    @Test
    void restoresASiteLeftAsideWhenTheSwapWasInterrupted() {
        Path out = tmp.resolve("site");
        write(tmp.resolve(".site-staging-def-old/.studyguide"), "marker\n");
        write(tmp.resolve(".site-staging-def-old/index.html"), "v1");
        write(tmp.resolve(".site-staging-abc/.studyguide"), "marker\n");
        write(tmp.resolve(".site-staging-abc/index.html"), "v2, half written");

        assertThatThrownBy(() -> publisher.publish(site("a", "file", "a/b", "under a file"), out, List.of()))
                .isInstanceOf(PublishException.class);

        assertThat(snapshot(out)).isEqualTo(Map.of(".studyguide", "marker\n", "index.html", "v1"));
        assertThat(names(tmp)).containsExactly("site");
    }

    @Test
    void aFolderWithALeftoverNameButNoMarkerIsSomeonesOwnAndIsKept() throws Exception {
        Path out = tmp.resolve("site");
        write(tmp.resolve(".site-staging-notes/lecture.md"), "my notes");
        write(tmp.resolve(".site-staging-notes-old/draft.md"), "an older draft");

        publisher.publish(site("index.html", "v1"), out, List.of());
        publisher.publish(site("index.html", "v2"), out, List.of());

        assertThat(names(tmp)).containsExactly(".site-staging-notes", ".site-staging-notes-old", "site");
        assertThat(snapshot(tmp.resolve(".site-staging-notes"))).isEqualTo(Map.of("lecture.md", "my notes"));
        assertThat(snapshot(tmp.resolve(".site-staging-notes-old"))).isEqualTo(Map.of("draft.md", "an older draft"));
        assertThat(snapshot(out)).containsEntry("index.html", "v2");
    }

    @Test
    void aStagingFolderIsMarkedFromTheMomentItIsMade() throws Exception {
        Path staging = OutputFolder.of(tmp.resolve("site")).createStaging();
        assertThat(snapshot(staging)).containsOnlyKeys(".studyguide");
    }

    @Test
    void anEmptyStagingFolderLeftByABuildKilledBeforeMarkingItIsRemoved() throws Exception {
        Path out = tmp.resolve("site");
        java.nio.file.Files.createDirectories(tmp.resolve(".site-staging-2u9hg1ifqq7up"));

        publisher.publish(site("index.html", "v1"), out, List.of());

        assertThat(names(tmp)).containsExactly("site");
    }
}
