package org.studyguide.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InsideFolderTest {
    @TempDir
    Path root;

    @Test
    void oneFolderChecksEachOfManyFilesByItsOwnRealPath() throws Exception {
        Path content = Files.createDirectories(root.resolve("content/chapters")).getParent();
        Path inside = Files.writeString(content.resolve("chapters/a.md"), "a");
        Path outside = Files.writeString(root.resolve("secret.md"), "s");
        Files.createSymbolicLink(content.resolve("chapters/b.md"), inside);
        Files.createSymbolicLink(content.resolve("chapters/c.md"), outside);
        Predicate<Path> within = InsideFolder.within(content);
        assertThat(within.test(inside)).as("a file in the folder").isTrue();
        assertThat(within.test(content.resolve("chapters/b.md"))).as("a link to a file in the folder").isTrue();
        assertThat(within.test(content.resolve("chapters/c.md"))).as("a link out of the folder").isFalse();
        assertThat(within.test(content.resolve("chapters/missing.md"))).as("a missing file").isTrue();
        assertThat(within.test(inside)).as("a file in the folder, after one outside").isTrue();
        assertThat(InsideFolder.contains(content, content.resolve("chapters/c.md"))).isFalse();
        assertThat(InsideFolder.contains(content.resolve("chapters"), inside)).isTrue();
    }
}
