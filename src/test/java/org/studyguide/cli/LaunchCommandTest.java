package org.studyguide.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LaunchCommandTest {
    @TempDir
    Path dir;

    @Test
    void theLauncherScriptByItsPathWhenItSaidWhereItIs() {
        assertThat(LaunchCommand.of(Optional.of("/home/ann/studyguide/studyguide"), dir))
                .isEqualTo("/home/ann/studyguide/studyguide");
    }

    @Test
    void theBareNameWhenTheLauncherIsOnPath() {
        assertThat(LaunchCommand.of(Optional.of("studyguide"), dir)).isEqualTo("studyguide");
    }

    @Test
    void javaDashJarWithTheJarsPathOtherwise() throws IOException {
        Path jar = Files.createFile(dir.resolve("studyguide.jar"));
        assertThat(LaunchCommand.of(Optional.empty(), jar)).isEqualTo("java -jar " + jar);
        assertThat(LaunchCommand.of(Optional.of("  "), jar)).isEqualTo("java -jar " + jar);
    }

    @Test
    void theMainClassFromAClassesFolder() {
        assertThat(LaunchCommand.of(Optional.empty(), dir)).isEqualTo("java -cp " + dir + " org.studyguide.cli.Main");
    }

    @Test
    void pathsThatAShellWouldSplitAreQuoted() {
        assertThat(LaunchCommand.of(Optional.of("/home/ann/my guides/it's/studyguide"), dir))
                .isEqualTo("'/home/ann/my guides/it'\\''s/studyguide'");
    }
}
