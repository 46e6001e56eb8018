package org.studyguide.scaffold;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Undoing a half-done step removes what it created, last first, and never what it did not create. */
class RollbackTest {
    @TempDir
    Path root;

    @Test
    void removesWhatWasCreatedInReverseOrder() throws Exception {
        Path dir = Files.createDirectories(root.resolve("g/content"));
        Path file = Files.writeString(dir.resolve("guide.yml"), "title: T\n");
        assertThat(Rollback.delete(List.of(root.resolve("g"), dir, file))).isEqualTo("nothing was left behind");
        assertThat(root.resolve("g")).doesNotExist();
    }

    @Test
    void keepsAFolderThatHoldsSomethingElseAndSaysSo() throws Exception {
        Path dir = Files.createDirectories(root.resolve("chapters"));
        Path mine = Files.writeString(dir.resolve("mine.md"), "keep");
        Path made = Files.writeString(dir.resolve("new.md"), "made");
        assertThat(Rollback.delete(List.of(dir, made))).isEqualTo("these could not be removed: " + dir);
        assertThat(mine).hasContent("keep");
        assertThat(made).doesNotExist();
    }
}
