package org.studyguide.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SitePathsTest {

    @Test
    void resolvesAgainstTheFilesFolder() {
        assertThat(SitePaths.resolve("chapters/a.html", "../glossary.html")).contains("glossary.html");
        assertThat(SitePaths.resolve("chapters/a.html", "./b.html")).contains("chapters/b.html");
        assertThat(SitePaths.resolve("a.html", "assets//x/../site.css")).contains("assets/site.css");
        assertThat(SitePaths.resolve("a.html", "../a.html")).isEqualTo(Optional.empty());
        assertThat(SitePaths.resolve("chapters/a.html", "../../a.html")).isEmpty();
    }

    @Test
    void marksFolderTargets() {
        assertThat(SitePaths.resolve("a.html", "chapters/")).contains("chapters/");
        assertThat(SitePaths.resolve("chapters/a.html", "..")).contains("");
        assertThat(SitePaths.resolve("chapters/x/a.html", "..")).contains("chapters/");
        assertThat(SitePaths.isFolderSyntax("chapters/")).isTrue();
        assertThat(SitePaths.isFolderSyntax("")).isTrue();
        assertThat(SitePaths.isFolderSyntax("chapters")).isFalse();
    }

    @Test
    void relativizesBetweenFiles() {
        assertThat(SitePaths.relativize("chapters/a.html", "glossary.html")).isEqualTo("../glossary.html");
        assertThat(SitePaths.relativize("chapters/a.html", "chapters/b.html")).isEqualTo("b.html");
        assertThat(SitePaths.relativize("index.html", "chapters/b.html")).isEqualTo("chapters/b.html");
        assertThat(SitePaths.relativize("a/b/c.html", "a/d/e.html")).isEqualTo("../d/e.html");
        assertThat(SitePaths.relativize("a/c.html", "a")).isEqualTo("../a");
    }
}
