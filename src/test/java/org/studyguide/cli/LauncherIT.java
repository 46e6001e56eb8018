package org.studyguide.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studyguide.testing.GuideFixture;
import org.studyguide.testing.SiteFolder;

/**
 * The packaged jar run through the {@code ./studyguide} launcher, as a user runs it: from another
 * folder, with the templates and assets built into the jar; and the launcher's start-up caches
 * (a class-data archive on Java 17 to 24, an AOT cache on Java 25 and newer), each tried on a copy
 * of the launcher and jar so that the project's own caches are not touched.
 */
class LauncherIT {
    private static final Path PROJECT = Path.of(System.getProperty("project.basedir", ".")).toAbsolutePath();

    @TempDir
    Path work;

    private record Run(int code, String out, String err) {
    }

    private Run run(String... args) throws IOException, InterruptedException {
        return runIn(work, args);
    }

    private Run runIn(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(PROJECT.resolve("studyguide").toString()));
        command.addAll(List.of(args));
        Process process = withoutDaemon(new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(work.resolve("out.txt").toFile())
                .redirectError(work.resolve("err.txt").toFile())).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), Files.readString(work.resolve("out.txt")),
                Files.readString(work.resolve("err.txt")));
    }

    @Test
    void printsItsVersion() throws Exception {
        Run run = run("--version");
        assertThat(run.code()).isZero();
        assertThat(run.out()).startsWith("studyguide 0.1.0");
    }

    @Test
    void buildsTheRealGuideWithTheTemplatesInsideTheJar() throws Exception {
        Run run = run("build", "--content", PROJECT.resolve("content").toString(), "--out", "public");
        assertThat(run.code()).as(run.err()).isZero();
        // guide.yml points sourceTexts at the readings beside the project; without them, the one warning says so.
        if (Files.isDirectory(PROJECT.resolveSibling("shared").resolve("sources"))) {
            assertThat(run.err()).isEmpty();
            assertThat(run.out()).matches("(?s)Built \\d+ pages .* verified\\) into public, 0 warnings, .*");
        } else {
            assertThat(run.err()).contains("warning: the quotations were not verified", "--sources DIR");
            assertThat(run.out()).matches("(?s)Built \\d+ pages .* into public, 1 warning, .*");
        }
        assertThat(work.resolve("public/assets/style.css"))
                .hasSameBinaryContentAs(PROJECT.resolve("templates/assets/style.css"));
        assertThat(Files.readString(work.resolve("public/index.html"), StandardCharsets.UTF_8))
                .contains("NATO–Russia relations, 1991–2021");
    }

    @Test
    void reportsContentErrorsWithoutAStackTrace() throws Exception {
        Path content = work.resolve("content");
        Files.createDirectories(content);
        Files.writeString(content.resolve("guide.yml"), "title: T\nparts:\n  - title: P\n    chapters: [missing]\n");
        Run run = run("build");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("content/guide.yml:4:16: error: chapter 'missing' has no file")
                .doesNotContain("Exception", "\tat ");
        assertThat(work.resolve("site")).doesNotExist();
    }

    @Test
    void startsAGuideFromTheSkeletonInsideTheJarAndBuildsItWarningOnlyOfTheNewChaptersDraftLines() throws Exception {
        Run created = run("new", "guide", "fresh", "--with-templates");
        assertThat(created.code()).as(created.err()).isZero();
        Path guide = work.resolve("fresh");
        assertThat(guide.resolve("templates/layout.ftlh"))
                .hasSameBinaryContentAs(PROJECT.resolve("templates/layout.ftlh"));
        Run chapter = runIn(guide, "new", "chapter", "second-steps");
        assertThat(chapter.code()).as(chapter.err()).isZero();
        Run built = runIn(guide, "build");
        assertThat(built.code()).as(built.err()).isZero();
        assertThat(built.err()).contains("second-steps.md:5:10: warning: 'Draft summary' is a placeholder");
        assertThat(built.out()).matches("(?s)Built \\d+ pages and \\d+ PDFs \\(2 chapters, 1 term, 1 quotation, 1 verified\\)"
                + " into site, 6 warnings, .*");
        assertThat(guide.resolve("site/chapters/second-steps.html")).exists();
    }

    @Test
    void theNextLinesThatNewGuidePrintsRunAsPrinted() throws Exception {
        Run created = run("new", "guide", "next steps");
        assertThat(created.code()).as(created.err()).isZero();
        List<String> next = created.out().lines().dropWhile(line -> !line.equals("Next:")).skip(1)
                .map(String::strip).filter(line -> !line.contains(" serve ")).toList();
        assertThat(next).hasSize(2);
        String script = String.join(" && ", next.stream().map(line -> line.replaceAll("\\s+#.*", "")).toList());
        Process shell = withoutDaemon(new ProcessBuilder("bash", "-c", script).directory(work.toFile())
                .redirectErrorStream(true).redirectOutput(work.resolve("next.txt").toFile())).start();
        assertThat(shell.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(shell.exitValue()).as(script + "\n" + Files.readString(work.resolve("next.txt"))).isZero();
        assertThat(work.resolve("next steps/site/index.html")).exists();
    }

    @Test
    void onJava17To24TheFirstBuildRecordsAClassDataArchiveAndLaterBuildsStartFromIt() throws Exception {
        Optional<Path> jdk = jdk(17, 24);
        Assumptions.assumeTrue(jdk.isPresent(), "no Java 17 to 24 found in java.home, JAVA_HOME or /usr/lib/jvm");
        // -Xshare:on makes the JVM fail instead of quietly starting without the archive.
        startsFromTheCacheItRecorded(jdk.get(), ".jsa", "-Xshare:on");
    }

    @Test
    void onJava25AndNewerTheFirstBuildRecordsAnAotCacheAndLaterBuildsStartFromIt() throws Exception {
        Optional<Path> jdk = jdk(25, Integer.MAX_VALUE);
        Assumptions.assumeTrue(jdk.isPresent(), "no Java 25 or newer found in java.home, JAVA_HOME or /usr/lib/jvm"
                + " (Temurin 25 is expected at /usr/lib/jvm/temurin-25-jdk-amd64): the AOT cache case is skipped");
        // -XX:AOTMode=on makes the JVM fail instead of quietly starting without the cache.
        startsFromTheCacheItRecorded(jdk.get(), ".aot", "-XX:AOTMode=on");
    }

    @Test
    void theBuildThatRecordsTheClassCacheIsAFullOneSoLaterBuildsStartWithTheBuildsClasses() throws Exception {
        for (int[] range : new int[][] {{17, 24}, {25, Integer.MAX_VALUE}}) {
            Optional<Path> jdk = jdk(range[0], range[1]);
            if (jdk.isPresent()) {
                recordsTheClassesOfAFullBuild(jdk.get());
            }
        }
    }

    /**
     * The launcher runs a first build, then the same build again to record the class cache from; that
     * second run finds nothing changed, and skipped as up to date it would record a cache without the
     * renderer's classes. So a later build into another folder must find them in the cache.
     */
    private void recordsTheClassesOfAFullBuild(Path javaHome) throws Exception {
        Path copy = work.resolve("copy-" + javaHome.getFileName());
        Files.createDirectories(copy.resolve("target"));
        Files.copy(PROJECT.resolve("studyguide"), copy.resolve("studyguide"));
        Files.copy(PROJECT.resolve("target/studyguide.jar"), copy.resolve("target/studyguide.jar"));
        GuideFixture fixture = GuideFixture.in(work.resolve("guide-" + javaHome.getFileName())).writeFiles();
        String content = fixture.content().toString();
        Path first = work.resolve("first-" + javaHome.getFileName());
        Run built = launch(copy, javaHome, "", "build", "--content", content, "--out", first.toString());
        assertThat(built.code()).as(built.err()).isZero();
        assertThat(cacheFiles(copy)).hasSize(1);

        Path log = work.resolve("classes-" + javaHome.getFileName() + ".log");
        Run later = launch(copy, javaHome, "-Xlog:class+load=info:file=" + log, "build", "--content", content,
                "--out", work.resolve("later-" + javaHome.getFileName()).toString());
        assertThat(later.code()).as(later.err()).isZero();
        assertThat(Files.readAllLines(log)).filteredOn(line -> line.contains(" org.studyguide.render.SiteRenderer "))
                .singleElement().asString().contains("source: shared objects file");

        Run again = launch(copy, javaHome, "", "build", "--content", content, "--out", first.toString());
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(again.out()).contains("(unchanged since the last build; nothing written)");
    }

    @Test
    void twoBuildsAtOnceShareThePdfCacheAndBothGiveTheSameSite() throws Exception {
        GuideFixture fixture = GuideFixture.in(work.resolve("guide")).writeFiles();
        List<Process> builds = new ArrayList<>();
        for (String out : List.of("one", "two")) {
            builds.add(withoutDaemon(new ProcessBuilder(PROJECT.resolve("studyguide").toString(), "build", "--timings",
                    "--content", fixture.content().toString(), "--out", out).directory(work.toFile())
                    .redirectOutput(work.resolve(out + ".txt").toFile())
                    .redirectError(work.resolve(out + ".err").toFile())).start());
        }
        for (Process build : builds) {
            assertThat(build.waitFor(300, TimeUnit.SECONDS)).isTrue();
            assertThat(build.exitValue()).as(Files.readString(work.resolve("one.err"))
                    + Files.readString(work.resolve("two.err"))).isZero();
        }
        assertThat(SiteFolder.texts(work.resolve("two"))).containsExactlyEntriesOf(SiteFolder.texts(work.resolve("one")));
        Run again = run("build", "--timings", "--content", fixture.content().toString(), "--out", "three");
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(again.err()).contains("(3 from the cache, 0 laid out)");
        assertThat(SiteFolder.texts(work.resolve("three"))).containsExactlyEntriesOf(SiteFolder.texts(work.resolve("one")));
    }

    /**
     * Runs a copy of the launcher with {@code javaHome}: the first build records the cache (its
     * output unchanged: one summary line, no notes from the JVM), and a second build with
     * {@code forceCache} added to the JVM options (which fails rather than start without the
     * cache it was given) starts from it.
     */
    private void startsFromTheCacheItRecorded(Path javaHome, String suffix, String forceCache) throws Exception {
        Path copy = work.resolve("copy");
        Files.createDirectories(copy.resolve("target"));
        Files.copy(PROJECT.resolve("studyguide"), copy.resolve("studyguide"));
        Files.copy(PROJECT.resolve("target/studyguide.jar"), copy.resolve("target/studyguide.jar"));
        GuideFixture fixture = GuideFixture.in(work.resolve("guide")).writeFiles();
        String content = fixture.content().toString();

        Run version = launch(copy, javaHome, "", "--version");
        assertThat(version.code()).as(version.err()).isZero();
        assertThat(cacheFiles(copy)).as("only build and check record").isEmpty();

        Run first = launch(copy, javaHome, "", "build", "--content", content, "--out", "first");
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out().lines()).singleElement().asString().startsWith("Built ");
        assertThat(first.err()).doesNotContain("AOT", "CDS", "[warning]", "Picked up");
        assertThat(cacheFiles(copy)).singleElement().asString().endsWith(suffix);

        Run second = launch(copy, javaHome, forceCache, "build", "--content", content, "--out", "second");
        assertThat(second.code()).as(second.err()).isZero();
        assertThat(second.out()).startsWith("Built ");
        assertThat(SiteFolder.texts(work.resolve("second"))).containsExactlyEntriesOf(SiteFolder.texts(work.resolve("first")));

        // The launcher hands exactly that file to the JVM: spoilt, it stops a forced start.
        Files.writeString(copy.resolve("target/jvm-cache").resolve(cacheFiles(copy).get(0)), "spoilt");
        Run spoilt = launch(copy, javaHome, forceCache, "build", "--content", content, "--out", "third");
        assertThat(spoilt.code()).isNotZero();
        assertThat(spoilt.out() + spoilt.err()).contains("Unable to use");
    }

    private Run launch(Path copy, Path javaHome, String javaOptions, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(copy.resolve("studyguide").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile())
                .redirectOutput(work.resolve("out.txt").toFile()).redirectError(work.resolve("err.txt").toFile());
        builder.environment().put("JAVA_HOME", javaHome.toString());
        builder.environment().put("STUDYGUIDE_JAVA_OPTS", javaOptions);
        withoutDaemon(builder);
        Process process = builder.start();
        assertThat(process.waitFor(300, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), Files.readString(work.resolve("out.txt")),
                Files.readString(work.resolve("err.txt")));
    }

    /**
     * Runs the launcher with every command in a JVM of its own: these tests are of the launcher's
     * own paths and leave no daemon behind ({@link DaemonIT} tests the build daemon).
     */
    private static ProcessBuilder withoutDaemon(ProcessBuilder builder) {
        builder.environment().put("STUDYGUIDE_DAEMON", "off");
        return builder;
    }

    private static List<String> cacheFiles(Path copy) throws IOException {
        Path dir = copy.resolve("target/jvm-cache");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    /** A JDK whose major version lies in [from, to]: this JVM's, JAVA_HOME's, or one in /usr/lib/jvm. */
    private static Optional<Path> jdk(int from, int to) throws IOException {
        List<Path> candidates = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"))));
        Optional.ofNullable(System.getenv("JAVA_HOME")).map(Path::of).ifPresent(candidates::add);
        Path jvms = Path.of("/usr/lib/jvm");
        if (Files.isDirectory(jvms)) {
            try (Stream<Path> homes = Files.list(jvms)) {
                homes.sorted().forEach(candidates::add);
            }
        }
        for (Path home : candidates) {
            int major = major(home);
            if (major >= from && major <= to && Files.isExecutable(home.resolve("bin/java"))) {
                return Optional.of(home);
            }
        }
        return Optional.empty();
    }

    private static int major(Path home) throws IOException {
        Path release = home.resolve("release");
        if (!Files.isRegularFile(release)) {
            return 0;
        }
        return Files.readAllLines(release).stream().filter(line -> line.startsWith("JAVA_VERSION=\""))
                .map(line -> line.replaceAll("JAVA_VERSION=\"(\\d+).*", "$1")).mapToInt(Integer::parseInt)
                .findFirst().orElse(0);
    }

}
