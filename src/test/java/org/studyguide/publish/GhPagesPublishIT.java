package org.studyguide.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studyguide.testing.GuideFixture;

/**
 * The Maven route to GitHub Pages, run for real: {@code ./mvnw scm-publish:publish-scm} with the
 * project's pom publishes a built site to the {@code gh-pages} branch of a local bare repository
 * (standing in for GitHub), dotfiles included; a second publication removes pages that are gone
 * and keeps a {@code CNAME} that GitHub's settings page committed.
 */
class GhPagesPublishIT {
    private static final Path PROJECT = Path.of(System.getProperty("project.basedir", ".")).toAbsolutePath();
    private static final Map<String, String> IDENTITY = Map.of(
            "GIT_AUTHOR_NAME", "Test", "GIT_AUTHOR_EMAIL", "test@example.org",
            "GIT_COMMITTER_NAME", "Test", "GIT_COMMITTER_EMAIL", "test@example.org");

    @TempDir
    Path work;

    private String run(Path dir, String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(work.resolve("log.txt").toFile());
        builder.environment().putAll(IDENTITY);
        Process process = builder.start();
        assertThat(process.waitFor(300, TimeUnit.SECONDS)).as(String.join(" ", command)).isTrue();
        String log = Files.readString(work.resolve("log.txt"));
        assertThat(process.exitValue()).as(String.join(" ", command) + "\n" + log).isZero();
        return log.strip();
    }

    private void publish(Path site) throws IOException, InterruptedException {
        run(PROJECT, PROJECT.resolve("mvnw").toString(), "--batch-mode", "--no-transfer-progress", "--quiet",
                "scm-publish:publish-scm", "-Dscm.pages.url=scm:git:" + work.resolve("pages.git").toUri(),
                "-Dguide.out=" + site, "-Dscmpublish.checkoutDirectory=" + work.resolve("checkout"));
    }

    /** The files of the gh-pages branch as GitHub Pages would serve them. */
    private Map<String, String> branch() throws IOException, InterruptedException {
        Path clone = work.resolve("clone-" + System.nanoTime());
        run(work, "git", "clone", "--quiet", "--branch", "gh-pages", work.resolve("pages.git").toString(), clone.toString());
        return files(clone);
    }

    private static Map<String, String> files(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                String path = dir.relativize(file).toString().replace('\\', '/');
                if (!path.startsWith(".git/")) {
                    files.put(path, Files.readString(file, StandardCharsets.ISO_8859_1));
                }
            }
        }
        return files;
    }

    /**
     * The plugin rewrites line ends of .html, .css and .js files and drops their final newline;
     * browsers do not care, so compare without it.
     */
    private static Map<String, String> withoutFinalNewlines(Map<String, String> files) {
        Map<String, String> trimmed = new HashMap<>();
        files.forEach((path, text) -> trimmed.put(path, text.endsWith("\n") ? text.substring(0, text.length() - 1) : text));
        return trimmed;
    }

    @Test
    void publishesTheSiteToTheGhPagesBranchAndUpdatesIt() throws Exception {
        run(work, "git", "init", "--quiet", "--bare", "pages.git");
        run(work, "git", "init", "--quiet", "seed");
        String emptyTree = run(work.resolve("seed"), "git", "hash-object", "-t", "tree", "-w", "/dev/null");
        String start = run(work.resolve("seed"), "git", "commit-tree", emptyTree, "-m", "Start the gh-pages branch");
        run(work.resolve("seed"), "git", "push", "--quiet", "../pages.git", start + ":refs/heads/gh-pages");

        GuideFixture fixture = GuideFixture.in(work.resolve("guide"));
        fixture.build().assertClean();
        publish(fixture.out());
        Map<String, String> published = branch();
        assertThat(published).containsKeys(".nojekyll", "robots.txt", "sitemap.xml", "404.html", "chapters/second.html");
        assertThat(withoutFinalNewlines(published)).isEqualTo(withoutFinalNewlines(files(fixture.out())));

        Path upstream = work.resolve("upstream");
        run(work, "git", "clone", "--quiet", "--branch", "gh-pages", work.resolve("pages.git").toString(), upstream.toString());
        Files.writeString(upstream.resolve("CNAME"), "guide.example.org\n");
        run(upstream, "git", "add", "CNAME");
        run(upstream, "git", "commit", "--quiet", "-m", "Create CNAME");
        run(upstream, "git", "push", "--quiet", "origin", "gh-pages");

        Files.delete(fixture.content().resolve("chapters/second.md"));
        fixture.file("guide.yml", GuideFixture.GUIDE.replace("chapters: [second]", "chapters: [later]"))
                .without("chapters/second.md").file("chapters/later.md", GuideFixture.SECOND)
                .file("chapters/first.md", GuideFixture.FIRST.replace("chapter:second", "chapter:later"))
                .build().assertClean();
        publish(fixture.out());
        Map<String, String> updated = branch();
        assertThat(updated).containsKeys("chapters/later.html", "CNAME", ".nojekyll").doesNotContainKey("chapters/second.html");
        List<String> log = new ArrayList<>(List.of(run(work, "git", "--git-dir", "pages.git", "log", "--format=%s", "gh-pages")
                .split("\n")));
        assertThat(log).hasSize(4).last().isEqualTo("Start the gh-pages branch");
        assertThat(log.get(0)).startsWith("Publish the guide built by studyguide");
    }
}
