package org.studyguide.scaffold;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** guide.yml is replaced in one rename: its permissions and a symbolic link to it survive, no temporary file is left. */
class AtomicFileTest {
    @TempDir
    Path root;

    @Test
    void keepsPermissionsAndLeavesNoTemporaryFile() throws Exception {
        Path content = ScaffoldFiles.content(root, "title: T\nparts:\n  - title: One\n    chapters: [a]\n", "a");
        Path guide = content.resolve("guide.yml");
        Files.setPosixFilePermissions(guide, PosixFilePermissions.fromString("rw-r-----"));
        NewChapter.add(content, "b", Optional.empty(), Optional.empty());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(guide))).isEqualTo("rw-r-----");
        try (Stream<Path> files = Files.list(content)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("guide.yml", "chapters");
        }
    }

    @Test
    void writesThroughASymbolicLink() throws Exception {
        Path content = ScaffoldFiles.content(root, "title: T\nparts:\n  - title: One\n    chapters: [a]\n", "a");
        Path shared = Files.move(content.resolve("guide.yml"), root.resolve("shared.yml"));
        Files.createSymbolicLink(content.resolve("guide.yml"), Path.of("../shared.yml"));
        NewChapter.add(content, "b", Optional.empty(), Optional.empty());
        assertThat(Files.isSymbolicLink(content.resolve("guide.yml"))).isTrue();
        assertThat(Files.readString(shared, StandardCharsets.UTF_8)).endsWith("chapters: [a, b]\n");
    }
}
