package org.studyguide.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studyguide.testing.GuideFixture;

/** Where {@code build} keeps its cache of PDFs, {@code --cache DIR} and {@code --no-cache}. */
class CacheOptionsTest {
    @TempDir
    Path root;

    private final ConsoleRun console = new ConsoleRun();

    private int build(GuideFixture fixture, String... options) {
        String[] args = new String[options.length + 6];
        args[0] = "build";
        args[1] = "--timings";
        args[2] = "--content";
        args[3] = fixture.content().toString();
        args[4] = "--out";
        args[5] = fixture.out().toString();
        System.arraycopy(options, 0, args, 6, options.length);
        return console.run(args);
    }

    @Test
    void theCacheLivesBesideTheOutputFolderAndASecondBuildReusesIt() {
        GuideFixture fixture = GuideFixture.in(root).writeFiles();
        assertThat(build(fixture)).isZero();
        assertThat(console.stderr()).contains("(0 from the cache, 3 laid out (guide.pdf: 5 of 5 pieces))");
        assertThat(fixture.out().resolveSibling(".studyguide-cache")).isDirectoryContaining("glob:**.entry");
        console.forget();
        // Another output folder beside it, which the same build would skip as up to date.
        assertThat(console.run("build", "--timings", "--content", fixture.content().toString(), "--out",
                fixture.out().resolveSibling("again").toString())).isZero();
        assertThat(console.stderr()).contains("(3 from the cache, 0 laid out)");
    }

    @Test
    void noCacheNeitherReadsNorWritesIt() {
        GuideFixture fixture = GuideFixture.in(root).writeFiles();
        assertThat(build(fixture, "--no-cache")).isZero();
        assertThat(fixture.out().resolveSibling(".studyguide-cache")).doesNotExist();
        assertThat(console.stderr()).doesNotContain("from the cache");
    }

    @Test
    void cacheNamesAnotherFolder() {
        GuideFixture fixture = GuideFixture.in(root).writeFiles();
        Path elsewhere = root.resolve("elsewhere/pdf-cache");
        assertThat(build(fixture, "--cache", elsewhere.toString())).isZero();
        assertThat(elsewhere).isDirectoryContaining("glob:**.entry");
        assertThat(fixture.out().resolveSibling(".studyguide-cache")).doesNotExist();
    }

    @Test
    void aCacheInsideTheContentOrOutputFolderIsRefused() {
        GuideFixture fixture = GuideFixture.in(root).writeFiles();
        assertThat(build(fixture, "--cache", fixture.content().resolve("cache").toString())).isEqualTo(2);
        assertThat(console.stderr()).contains("--cache must be a folder of its own, apart from");
        assertThat(build(fixture, "--cache", fixture.out().resolve("cache").toString())).isEqualTo(2);
        assertThat(build(fixture, "--cache", root.toString())).isEqualTo(2);
        assertThat(fixture.out()).doesNotExist();
    }

    @Test
    void cacheAndNoCacheTogetherAreRefused() {
        GuideFixture fixture = GuideFixture.in(root).writeFiles();
        assertThat(build(fixture, "--no-cache", "--cache", root.resolve("c").toString())).isEqualTo(2);
        assertThat(console.stderr()).contains("--cache and --no-cache contradict each other");
    }

    @Test
    void checkReadsTheCacheButWritesNothing() {
        GuideFixture fixture = GuideFixture.in(root).writeFiles();
        Path cache = root.resolve("pdf-cache");
        assertThat(console.run("check", "--content", fixture.content().toString(), "--cache", cache.toString()))
                .isZero();
        assertThat(cache).doesNotExist();
        assertThat(build(fixture, "--cache", cache.toString())).isZero();
        console.forget();
        assertThat(console.run("check", "--timings", "--content", fixture.content().toString(),
                "--cache", cache.toString())).isZero();
        assertThat(console.stderr()).contains("(3 from the cache, 0 laid out)");
    }
}
