package org.studyguide.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The digest of a folder's files that decides whether a build's inputs changed. */
class FolderDigestTest {
    @TempDir
    Path root;

    private Path folder;

    @BeforeEach
    void writeFolder() throws Exception {
        folder = root.resolve("content");
        Files.createDirectories(folder.resolve("chapters"));
        Files.writeString(folder.resolve("guide.yml"), "title: T\n");
        Files.writeString(folder.resolve("chapters/one.md"), "# One\n");
    }

    private String digest() {
        return FolderDigest.of(folder).orElseThrow();
    }

    @Test
    void theSameFilesGiveTheSameDigestWhateverTheirTimes() throws Exception {
        String before = digest();
        Files.setLastModifiedTime(folder.resolve("guide.yml"), java.nio.file.attribute.FileTime.fromMillis(0));
        assertThat(digest()).isEqualTo(before).hasSize(64);
    }

    @Test
    void anEditANewFileARenameAndANewEmptyFolderEachChangeIt() throws Exception {
        String before = digest();
        Files.writeString(folder.resolve("chapters/one.md"), "# One!\n");
        String edited = digest();
        assertThat(edited).isNotEqualTo(before);
        Files.writeString(folder.resolve("notes.txt"), "");
        String added = digest();
        assertThat(added).isNotEqualTo(edited);
        Files.move(folder.resolve("notes.txt"), folder.resolve("chapters/notes.txt"));
        String moved = digest();
        assertThat(moved).isNotEqualTo(added);
        Files.createDirectory(folder.resolve("empty"));
        assertThat(digest()).isNotEqualTo(moved);
    }

    @Test
    void aMissingFolderHasADigestThatAFolderAppearingChanges() throws Exception {
        Path missing = root.resolve("texts");
        Optional<String> absent = FolderDigest.of(missing);
        assertThat(absent).isPresent();
        Files.createDirectory(missing);
        assertThat(FolderDigest.of(missing)).isPresent().isNotEqualTo(absent);
    }

    @Test
    void aLinkInsideCountsWithThePathItHolds() throws Exception {
        Files.createSymbolicLink(folder.resolve("linked.md"), folder.resolve("guide.yml"));
        String before = digest();
        Files.delete(folder.resolve("linked.md"));
        Files.createSymbolicLink(folder.resolve("linked.md"), folder.resolve("chapters/one.md"));
        assertThat(digest()).isNotEqualTo(before);
    }

    @Test
    void aLinkLeadingOutsideTheFolderIsNotFollowedAndNothingCanBeDigested() throws Exception {
        Files.createDirectories(root.resolve("elsewhere"));
        Files.writeString(root.resolve("outside.md"), "outside\n");
        Files.createSymbolicLink(folder.resolve("linked.md"), root.resolve("outside.md"));
        assertThat(FolderDigest.of(folder)).isEmpty();
        Files.delete(folder.resolve("linked.md"));
        Files.createSymbolicLink(folder.resolve("elsewhere"), root.resolve("elsewhere"));
        assertThat(FolderDigest.of(folder)).isEmpty();
    }

    @Test
    void aPipeIsNeverOpened() throws Exception {
        Process mkfifo = new ProcessBuilder("mkfifo", folder.resolve("pipe").toString()).start();
        assertThat(mkfifo.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(mkfifo.exitValue()).isZero();
        // Opening the pipe would wait for a writer forever.
        assertThat(FolderDigest.of(folder)).isPresent();
    }
}
