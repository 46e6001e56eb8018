package org.studyguide.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which kind of rebuild a burst of changed paths asks for. */
class AffectedTest {
    @TempDir
    Path root;

    private Path content;
    private Path templates;

    @BeforeEach
    void folders() throws IOException {
        content = Files.createDirectories(root.resolve("content/chapters"));
        templates = Files.createDirectories(root.resolve("templates/assets"));
        content = content.getParent();
        templates = templates.getParent();
        Files.writeString(templates.resolve("assets/extra.css"), "p {}");
        Files.writeString(templates.resolve("chapter.ftlh"), "x");
    }

    private Affected of(Path... paths) {
        return Affected.of(Set.of(paths), content, Optional.of(templates));
    }

    @Test
    void editorsScratchAndHiddenFilesAffectNothing() {
        assertThat(of(content.resolve("chapters/.a.md.swp"), content.resolve("chapters/a.md~"),
                content.resolve("chapters/4913"), content.resolve(".#guide.yml"), templates.resolve("x.tmp")).isNone())
                .isTrue();
    }

    @Test
    void contentTemplatesAndAssetsAreToldApart() {
        assertThat(of(content.resolve("chapters/a.md"))).isEqualTo(new Affected(true, false, List.of()));
        assertThat(of(templates.resolve("chapter.ftlh"))).isEqualTo(new Affected(false, true, List.of()));
        Affected asset = of(templates.resolve("assets/extra.css"));
        assertThat(asset.onlyAssets()).isTrue();
        assertThat(asset.assets()).containsExactly(templates.resolve("assets/extra.css"));
    }

    @Test
    void aDeletedAssetNeedsTheTemplatesRebuiltSoThatTheBuiltInOneReturns() {
        Affected deleted = of(templates.resolve("assets/style.css"));
        assertThat(deleted.templates()).isTrue();
        assertThat(deleted.onlyAssets()).isFalse();
    }

    @Test
    void pathsOutsideTheWatchedFoldersAffectNothing() {
        assertThat(of(root.resolve("site/index.html")).isNone()).isTrue();
    }
}
