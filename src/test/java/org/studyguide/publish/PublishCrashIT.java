package org.studyguide.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studyguide.build.GuideBuild;
import org.studyguide.testing.GuideFixture;

/**
 * What held in issue 10 and must keep holding: a build killed with SIGKILL at any moment of
 * publishing leaves the previous site or the new one, whole, and the next build recovers; builds
 * run at the same time into the same folder leave one whole site. Uses the packaged jar.
 */
class PublishCrashIT {
    private static final Path JAR = Path.of(System.getProperty("project.basedir", "."), "target/studyguide.jar")
            .toAbsolutePath();

    @TempDir
    Path root;

    private GuideFixture fixture;
    private Map<String, String> oldSite;
    private Map<String, String> newSite;

    @BeforeEach
    void buildOldAndNewSites() throws Exception {
        fixture = GuideFixture.in(root).file("guide.yml", GuideFixture.GUIDE + "pdf: false\n").writeFiles();
        assertThat(build(fixture.out()).waitFor()).isZero();
        oldSite = tree(fixture.out());
        Files.writeString(fixture.content().resolve("chapters/second.md"), GuideFixture.SECOND + "\nA new paragraph.\n");
        Path elsewhere = root.resolve("expected");
        assertThat(build(elsewhere).waitFor()).isZero();
        newSite = tree(elsewhere);
        assertThat(newSite).isNotEqualTo(oldSite);
    }

    @Test
    void aBuildKilledAtAnyMomentLeavesTheOldOrTheNewSiteWhole() throws Exception {
        List<Predicate<Path>> moments = List.of(
                parent -> true,
                parent -> leftovers(parent).size() > 0,
                parent -> leftovers(parent).stream().anyMatch(p -> Files.exists(p.resolve("index.html"))),
                parent -> leftovers(parent).stream().anyMatch(p -> Files.exists(p.resolve("chapters/second.html"))));
        for (Predicate<Path> moment : moments) {
            Process process = build(fixture.out());
            while (process.isAlive() && !moment.test(root)) {
                Thread.onSpinWait();
            }
            process.destroyForcibly().waitFor(60, TimeUnit.SECONDS);
            assertThat(tree(fixture.out())).as("the site after a kill").isIn(oldSite, newSite);
            Process next = build(fixture.out());
            assertThat(next.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(next.exitValue()).isZero();
            assertThat(tree(fixture.out())).isEqualTo(newSite);
            assertThat(leftovers(root)).as("staging folders left behind").isEmpty();
            restoreOldSite();
        }
    }

    @Test
    void buildsAtTheSameTimeLeaveOneWholeSite() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<Object>> builds = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                builds.add(pool.submit((Callable<Object>) () -> {
                    try {
                        return GuideBuild.build(fixture.options()).published();
                    } catch (PublishException refused) {
                        return refused.getMessage();
                    }
                }));
            }
            for (Future<Object> build : builds) {
                assertThat(build.get(120, TimeUnit.SECONDS)).isNotNull();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(tree(fixture.out()).keySet()).isEqualTo(newSite.keySet());
        assertThat(leftovers(root)).isEmpty();
    }

    private void restoreOldSite() throws Exception {
        Files.writeString(fixture.content().resolve("chapters/second.md"), GuideFixture.SECOND);
        assertThat(build(fixture.out()).waitFor()).isZero();
        assertThat(tree(fixture.out())).isEqualTo(oldSite);
        Files.writeString(fixture.content().resolve("chapters/second.md"), GuideFixture.SECOND + "\nA new paragraph.\n");
    }

    private Process build(Path out) throws IOException {
        return new ProcessBuilder("java", "-jar", JAR.toString(), "build", "--content", fixture.content().toString(),
                "--out", out.toString()).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    /** Folders beside the site that a build makes while it publishes (hidden, named after the site). */
    private static List<Path> leftovers(Path parent) {
        try (Stream<Path> files = Files.list(parent)) {
            return files.filter(p -> p.getFileName().toString().startsWith(".site")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> tree(Path dir) {
        Map<String, String> files = new TreeMap<>();
        if (!Files.isDirectory(dir)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(file).toString(), Integer.toHexString(Arrays.hashCode(Files.readAllBytes(file))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
