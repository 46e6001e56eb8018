package org.studyguide.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The code's fingerprint: one per set of places, whatever their order, taken once per run and never shared. */
class CodeFingerprintTest {
    @TempDir
    Path root;

    @Test
    void theSamePlacesInAnyOrderGiveTheSameFingerprintAndOtherPlacesAnother() throws IOException {
        Path a = Files.createDirectories(root.resolve("a"));
        Path b = Files.createDirectories(root.resolve("b"));
        Files.writeString(a.resolve("A.class"), "a");
        Files.writeString(b.resolve("B.class"), "b");

        byte[] both = CodeFingerprint.ofLocations(List.of(a, b)).orElseThrow();

        assertThat(CodeFingerprint.ofLocations(List.of(b, a))).hasValue(both);
        assertThat(CodeFingerprint.ofLocations(List.of(a)).orElseThrow()).isNotEqualTo(both);
        assertThat(CodeFingerprint.ofLocations(List.of(b)).orElseThrow()).isNotEqualTo(both)
                .isNotEqualTo(CodeFingerprint.ofLocations(List.of(a)).orElseThrow());
    }

    @Test
    void aCallerChangingItsFingerprintChangesNoOtherCallers() throws IOException {
        Path a = Files.createDirectories(root.resolve("a"));
        Files.writeString(a.resolve("A.class"), "a");
        byte[] first = CodeFingerprint.ofLocations(List.of(a)).orElseThrow();
        byte[] kept = first.clone();

        first[0] ^= 1;

        assertThat(CodeFingerprint.ofLocations(List.of(a))).hasValue(kept);
    }

    @Test
    void aPlaceThatCannotBeReadGivesNoFingerprint() {
        assertThat(CodeFingerprint.ofLocations(List.of(root.resolve("missing.jar")))).isEmpty();
    }
}
