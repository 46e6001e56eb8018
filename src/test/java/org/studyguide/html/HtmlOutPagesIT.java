package org.studyguide.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studyguide.build.BuildOptions;
import org.studyguide.build.BuildResult;
import org.studyguide.build.GuideBuild;
import org.studyguide.print.ChapterArticles;
import org.studyguide.testing.BuiltGuide;
import org.studyguide.testing.GeneratedGuide;

/**
 * {@link HtmlOut} against Jsoup on every page of two real builds, the guide in {@code content/} and
 * a generated guide of 500 chapters: each page as published (written by {@link HtmlOut}) is parsed
 * as the build parses pages, and written again by both, whole, element by element, and as the
 * chapter's print article. Byte identity with Jsoup's own build output is checked in bench/results.md.
 */
class HtmlOutPagesIT {
    private static final Path PROJECT = Path.of(System.getProperty("project.basedir", ".")).toAbsolutePath();

    @TempDir
    Path dir;

    @Test
    void writesEveryPageOfTheRealGuideAsJsoupDoes() throws Exception {
        Optional<Path> readings = Optional.of(PROJECT.resolveSibling("shared").resolve("sources")).filter(Files::isDirectory);
        BuildResult result = GuideBuild.build(new BuildOptions(PROJECT.resolve("content"),
                Optional.of(PROJECT.resolve("templates")), dir.resolve("site"), readings));
        assertThat(result.published()).isTrue();
        assertThat(checkPages(dir.resolve("site"), true)).isGreaterThan(20);
    }

    @Test
    void writesEveryPageOfAGeneratedGuideAsJsoupDoes() throws IOException {
        BuiltGuide built = GeneratedGuide.of(dir, 500, 50).build();
        assertThat(built.errors()).isEmpty();
        assertThat(checkPages(built.out(), false)).isGreaterThan(500);
    }

    /** Checks every HTML page under {@code site}; returns how many. */
    private static int checkPages(Path site, boolean everyElement) throws IOException {
        List<Path> pages;
        try (Stream<Path> files = Files.walk(site)) {
            pages = files.filter(file -> file.toString().endsWith(".html")).toList();
        }
        for (Path file : pages) {
            String published = Files.readString(file, StandardCharsets.UTF_8);
            Document page = Jsoup.parse(published);
            page.outputSettings().prettyPrint(false).charset(StandardCharsets.UTF_8);
            assertThat(HtmlOut.outerHtml(page)).as(file.toString()).isEqualTo(page.outerHtml()).isEqualTo(published);
            if (everyElement) {
                for (Element element : page.getAllElements()) {
                    assertThat(HtmlOut.outerHtml(element)).as(file.toString()).isEqualTo(element.outerHtml());
                    assertThat(HtmlOut.innerHtml(element)).as(file.toString()).isEqualTo(element.html());
                }
            }
            String path = site.relativize(file).toString().replace('\\', '/');
            if (path.startsWith("chapters/")) {
                Element article = ChapterArticles.article(path.substring(9, path.length() - 5), path, page);
                assertThat(HtmlOut.outerHtml(article)).as(path).isEqualTo(article.outerHtml());
            }
        }
        return pages.size();
    }
}
