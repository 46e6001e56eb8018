package org.studyguide.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studyguide.testing.GeneratedGuide;
import org.studyguide.testing.GuideFixture;
import org.studyguide.testing.SiteFolder;

/**
 * The build daemon through the launcher, as a user meets it: a copy of the launcher and jar (so the
 * project's own class cache and daemons are not touched), whose first build records the class cache
 * and whose later builds run in one daemon for the folder they are run from. Every daemon started
 * is stopped after each test.
 */
class DaemonIT {
    private static final Path PROJECT = Path.of(System.getProperty("project.basedir", ".")).toAbsolutePath();
    /** The launcher's option for C1 only, which the daemon of a large guide leaves out. */
    private static final String C1_ONLY = "-XX:TieredStopAtLevel=1";

    @TempDir
    Path work;
    private Path copy;

    private record Run(int code, String out, String err) {
    }

    @BeforeEach
    void copyTheLauncherAndJar() throws IOException {
        copy = work.resolve("copy");
        Files.createDirectories(copy.resolve("target"));
        Files.copy(PROJECT.resolve("studyguide"), copy.resolve("studyguide"));
        Files.copy(PROJECT.resolve("target/studyguide.jar"), copy.resolve("target/studyguide.jar"));
    }

    @AfterEach
    void stopEveryDaemon() throws Exception {
        List<Long> pids = daemonPids();
        run(Map.of(), "daemon", "stop");
        for (long pid : pids) {
            ProcessHandle.of(pid).ifPresent(daemon -> {
                if (!daemon.onExit().completeOnTimeout(null, 30, TimeUnit.SECONDS).join().isAlive()) {
                    return;
                }
                daemon.destroyForcibly();
            });
        }
    }

    @Test
    void laterBuildsRunInOneDaemonAndPrintAndWriteWhatABuildWithoutItDoes() throws Exception {
        String content = GuideFixture.in(work.resolve("guide")).writeFiles().content().toString();
        Run recording = run(Map.of(), "build", "--content", content, "--out", "first");
        assertThat(recording.code()).as(recording.err()).isZero();
        assertThat(daemonPids()).as("the build that records the class cache runs on its own").isEmpty();

        Run second = run(Map.of(), "build", "--content", content, "--out", "second");
        assertThat(second.code()).as(second.err()).isZero();
        List<Long> daemon = daemonPids();
        assertThat(daemon).hasSize(1);
        Run third = run(Map.of(), "build", "--content", content, "--out", "third");
        assertThat(third.code()).as(third.err()).isZero();
        assertThat(daemonPids()).isEqualTo(daemon);
        assertThat(daemonLog()).containsSubsequence("build ended with exit code 0", "build ended with exit code 0");
        Run alone = run(Map.of("STUDYGUIDE_DAEMON", "off"), "build", "--content", content, "--out", "fourth");

        assertThat(SiteFolder.texts(work.resolve("second"))).containsExactlyEntriesOf(SiteFolder.texts(work.resolve("first")));
        assertThat(SiteFolder.texts(work.resolve("third"))).containsExactlyEntriesOf(SiteFolder.texts(work.resolve("first")));
        assertThat(SiteFolder.texts(work.resolve("fourth"))).containsExactlyEntriesOf(SiteFolder.texts(work.resolve("first")));
        assertThat(withoutTimes(third.out()).replace("third", "fourth")).isEqualTo(withoutTimes(alone.out()));
        assertThat(third.err()).isEqualTo(alone.err());

        // Errors, usage errors, help and check print the same and end with the same code.
        Path bad = work.resolve("bad");
        Files.createDirectories(bad);
        Files.writeString(bad.resolve("guide.yml"), "title: T\nparts:\n  - title: P\n    chapters: [missing]\n");
        List<List<String>> commands = List.of(List.of("build", "--content", bad.toString(), "--out", "bad-out"),
                List.of("build", "--bogus"), List.of("build", "--help"), List.of("check", "--content", content));
        for (List<String> command : commands) {
            Run inDaemon = run(Map.of(), command.toArray(String[]::new));
            Run without = run(Map.of("STUDYGUIDE_DAEMON", "off"), command.toArray(String[]::new));
            assertThat(inDaemon.code()).as(command + inDaemon.err()).isEqualTo(without.code());
            assertThat(withoutTimes(inDaemon.out())).as(command.toString()).isEqualTo(withoutTimes(without.out()));
            assertThat(withoutTimes(inDaemon.err())).as(command.toString()).isEqualTo(withoutTimes(without.err()));
        }
        assertThat(work.resolve("bad-out")).doesNotExist();
        assertThat(daemonPids()).isEqualTo(daemon);
        assertThat(daemonLog()).contains("build ended with exit code 1", "build ended with exit code 2",
                "check ended with exit code 0");
    }

    @Test
    void editsToContentAndTemplatesBetweenBuildsShowAsInABuildOfItsOwn() throws Exception {
        String builtIn404 = Files.readString(PROJECT.resolve("templates/404.ftlh"));
        GuideFixture fixture = GuideFixture.in(work.resolve("guide")).template("404.ftlh", builtIn404).writeFiles();
        List<String> build = List.of("build", "--content", fixture.content().toString(), "--templates",
                fixture.templatesDir().toString(), "--out");
        run(Map.of(), concat(build, "site"));
        assertThat(run(Map.of(), concat(build, "site")).code()).isZero();
        long daemon = daemonPids().get(0);

        Files.writeString(fixture.templatesDir().resolve("404.ftlh"), builtIn404.replace("</@layout.page>",
                "<p>Edited wording</p>\n</@layout.page>"));
        Path chapter = fixture.content().resolve("chapters/first.md");
        Files.writeString(chapter, Files.readString(chapter) + "\nA sentence added between two builds.\n");
        Run edited = run(Map.of(), concat(build, "site"));
        Run alone = run(Map.of("STUDYGUIDE_DAEMON", "off"), concat(build, "alone"));
        assertThat(edited.code()).as(edited.err()).isZero();
        assertThat(daemonPids()).containsExactly(daemon);
        assertThat(Files.readString(work.resolve("site/404.html"))).contains("Edited wording");
        assertThat(Files.readString(work.resolve("site/chapters/first.html"))).contains("added between two builds");
        assertThat(SiteFolder.texts(work.resolve("site"))).containsExactlyEntriesOf(SiteFolder.texts(work.resolve("alone")));
    }

    private static String[] concat(List<String> command, String last) {
        List<String> all = new ArrayList<>(command);
        all.add(last);
        return all.toArray(String[]::new);
    }

    @Test
    void aDaemonStartedWithOtherSettingsOrAnOlderJarStopsAndAnotherStarts() throws Exception {
        String content = GuideFixture.in(work.resolve("guide")).writeFiles().content().toString();
        run(Map.of(), "build", "--content", content, "--out", "site");
        assertThat(run(Map.of(), "build", "--content", content, "--out", "site").code()).isZero();
        long first = daemonPids().get(0);

        Run otherZone = run(Map.of("TZ", "Europe/Paris"), "build", "--content", content, "--out", "site");
        assertThat(otherZone.code()).as(otherZone.err()).isZero();
        assertThat(stopped(first)).isTrue();
        long second = daemonPids().get(0);
        assertThat(second).isNotEqualTo(first);

        // A new jar: its first build records the class cache on its own; the next one stops the
        // daemon of the old jar and starts one of the new.
        Files.setLastModifiedTime(copy.resolve("target/studyguide.jar"), FileTime.from(Instant.now()));
        try (Stream<Path> caches = Files.list(copy.resolve("target/jvm-cache"))) {
            for (Path cache : caches.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(cache, FileTime.from(Instant.now().minusSeconds(3600)));
            }
        }
        assertThat(run(Map.of("TZ", "Europe/Paris"), "build", "--content", content, "--out", "site").code()).isZero();
        Run afterNewJar = run(Map.of("TZ", "Europe/Paris"), "build", "--content", content, "--out", "site");
        assertThat(afterNewJar.code()).as(afterNewJar.err()).isZero();
        assertThat(stopped(second)).isTrue();
        assertThat(daemonPids()).singleElement().isNotEqualTo(second);
    }

    @Test
    void theDaemonOfALargeGuideCompilesWithC2AndBuildsTheSameSite() throws Exception {
        String content = GuideFixture.in(work.resolve("guide")).writeFiles().content().toString();
        run(Map.of(), "build", "--content", content, "--out", "alone");
        assertThat(run(Map.of(), "build", "--content", content, "--out", "small").code()).isZero();
        long small = daemonPids().get(0);
        assertThat(jvmOptions(small)).as("two chapters, under the default 5,000").contains(C1_ONLY);

        // Counted as large from two chapter files: the daemon started for the small guide stops.
        Run large = run(Map.of("STUDYGUIDE_C2_FROM", "2"), "build", "--content", content, "--out", "large");
        assertThat(large.code()).as(large.err()).isZero();
        assertThat(stopped(small)).isTrue();
        long c2 = daemonPids().get(0);
        assertThat(jvmOptions(c2)).doesNotContain(C1_ONLY).contains("-XX:+UseParallelGC", "-Xmx720m", "-XX:NewRatio=1");
        assertThat(SiteFolder.texts(work.resolve("large"))).containsExactlyEntriesOf(SiteFolder.texts(work.resolve("alone")));

        // The user's own options still win; a count that is not a number is refused.
        Run chosen = run(Map.of("STUDYGUIDE_C2_FROM", "2", "STUDYGUIDE_JAVA_OPTS", C1_ONLY),
                "build", "--content", content, "--out", "chosen");
        assertThat(chosen.code()).as(chosen.err()).isZero();
        assertThat(jvmOptions(daemonPids().get(0))).contains(C1_ONLY);
        Run refused = run(Map.of("STUDYGUIDE_C2_FROM", "many"), "build", "--content", content, "--out", "refused");
        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err()).isEqualTo("studyguide: STUDYGUIDE_C2_FROM must be a number of chapters, not 'many'\n");
        assertThat(work.resolve("refused")).doesNotExist();
    }

    @Test
    void aClientThatLeavesDuringItsBuildStopsTheDaemonAndTheSiteStaysAsItWas() throws Exception {
        String content = GeneratedGuide.of(work.resolve("big"), 600, 100).writeFiles().content().toString();
        run(Map.of(), "build", "--content", content, "--out", "site");
        Run built = run(Map.of(), "build", "--content", content, "--out", "site");
        assertThat(built.code()).as(built.err()).isZero();
        Map<String, String> before = SiteFolder.texts(work.resolve("site"));
        long daemon = daemonPids().get(0);
        Files.writeString(work.resolve("big/content/chapters/c0001.md"), GeneratedGuide.chapter(1, "Changed.\n"));

        try (Socket socket = connect()) {
            send(socket, token(), key(daemon), "build", "--content", content, "--out", "site", "--no-cache");
        } // and gone, as Ctrl-C leaves: the daemon has just begun the build

        assertThat(stopped(daemon)).isTrue();
        assertThat(daemonLog()).contains("the client left during its command; stopping");
        assertThat(SiteFolder.texts(work.resolve("site"))).containsExactlyEntriesOf(before);
    }

    @Test
    void aRequestWithoutTheTokenRunsNothingAndGetsNoAnswer() throws Exception {
        String content = GuideFixture.in(work.resolve("guide")).writeFiles().content().toString();
        run(Map.of(), "build", "--content", content, "--out", "site");
        run(Map.of(), "build", "--content", content, "--out", "site");
        long daemon = daemonPids().get(0);
        try (Socket socket = connect()) {
            send(socket, "0".repeat(64), key(daemon), "build", "--content", content, "--out", "stranger");
            assertThat(socket.getInputStream().readAllBytes()).isEmpty();
        }
        try (Socket socket = connect()) {
            socket.getOutputStream().write("GET / HTTP/1.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            assertThat(socket.getInputStream().readAllBytes()).isEmpty();
        }
        assertThat(work.resolve("stranger")).doesNotExist();
        Run after = run(Map.of(), "build", "--content", content, "--out", "site");
        assertThat(after.code()).as(after.err()).isZero();
        assertThat(daemonPids()).containsExactly(daemon);
    }

    @Test
    void daemonStatusListsAndDaemonStopStopsThem() throws Exception {
        String content = GuideFixture.in(work.resolve("guide")).writeFiles().content().toString();
        run(Map.of(), "build", "--content", content, "--out", "site");
        run(Map.of("STUDYGUIDE_DAEMON", "2"), "build", "--content", content, "--out", "site");
        long daemon = daemonPids().get(0);
        List<String> arguments = arguments(daemon);
        assertThat(arguments.get(arguments.size() - 1)).as("the idle minutes").isEqualTo("2");

        Run status = run(Map.of(), "daemon", "status");
        assertThat(status.out()).isEqualTo("build daemon " + daemon + " serving " + work.toRealPath() + "\n"
                + "1 build daemon(s) running\n");
        Run stop = run(Map.of(), "daemon", "stop");
        assertThat(stop.out()).isEqualTo("stopped 1 build daemon(s)\n");
        assertThat(stopped(daemon)).isTrue();
        assertThat(run(Map.of(), "daemon", "status").out()).isEqualTo("0 build daemon(s) running\n");
        assertThat(run(Map.of(), "daemon", "start").code()).isEqualTo(2);
    }

    @Test
    void offRunsEveryBuildOnItsOwnAndAnyOtherValueIsRefused() throws Exception {
        String content = GuideFixture.in(work.resolve("guide")).writeFiles().content().toString();
        for (int i = 0; i < 2; i++) {
            Run off = run(Map.of("STUDYGUIDE_DAEMON", "off"), "build", "--content", content, "--out", "site");
            assertThat(off.code()).as(off.err()).isZero();
        }
        assertThat(copy.resolve("target/jvm-cache/daemons")).doesNotExist();
        Run soon = run(Map.of("STUDYGUIDE_DAEMON", "soon"), "build", "--content", content, "--out", "site");
        assertThat(soon.code()).isEqualTo(2);
        assertThat(soon.err()).isEqualTo(
                "studyguide: STUDYGUIDE_DAEMON must be on, off or the daemon's idle minutes, not 'soon'\n");
    }

    private Run run(Map<String, String> environment, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(copy.resolve("studyguide").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile())
                .redirectOutput(work.resolve("out.txt").toFile()).redirectError(work.resolve("err.txt").toFile());
        builder.environment().remove("STUDYGUIDE_DAEMON");
        builder.environment().putAll(environment);
        Process process = builder.start();
        assertThat(process.waitFor(300, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), Files.readString(work.resolve("out.txt")),
                Files.readString(work.resolve("err.txt")));
    }

    /** The daemons' process ids, from their state files. */
    private List<Long> daemonPids() throws IOException {
        List<Long> pids = new ArrayList<>();
        for (Path state : states()) {
            pids.add(Long.parseLong(Files.readString(state).split(" ")[2]));
        }
        return pids;
    }

    private List<Path> states() throws IOException {
        Path dir = copy.resolve("target/jvm-cache/daemons");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".state")).sorted().toList();
        }
    }

    private String daemonLog() throws IOException {
        Path dir = copy.resolve("target/jvm-cache/daemons");
        StringBuilder log = new StringBuilder();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".log")).sorted().toList()) {
                log.append(Files.readString(file));
            }
        }
        return log.toString();
    }

    /** Whether the process ended within a minute. */
    private static boolean stopped(long pid) {
        return ProcessHandle.of(pid).map(p -> !p.onExit().completeOnTimeout(p, 60, TimeUnit.SECONDS).join().isAlive())
                .orElse(true);
    }

    private Socket connect() throws IOException {
        int port = Integer.parseInt(Files.readString(states().get(0)).split(" ")[0]);
        return new Socket(InetAddress.getLoopbackAddress(), port);
    }

    private String token() throws IOException {
        return Files.readString(states().get(0)).split(" ")[1];
    }

    /** The key the daemon was started with: its argument after the state file's path. */
    private static String key(long pid) {
        List<String> arguments = arguments(pid);
        return arguments.get(arguments.size() - 2);
    }

    /** A running process's command-line arguments (without the program). */
    private static List<String> arguments(long pid) {
        return ProcessHandle.of(pid).orElseThrow().info().arguments().map(List::of).orElseThrow();
    }

    /** The JVM options a daemon was started with: its arguments before the class path. */
    private static List<String> jvmOptions(long pid) {
        List<String> arguments = arguments(pid);
        return arguments.subList(0, arguments.indexOf("-cp"));
    }

    private static void send(Socket socket, String token, String key, String... args) throws IOException {
        List<String> lines = new ArrayList<>(List.of(DaemonRequest.GREETING, "run", token, key, "",
                Integer.toString(args.length)));
        lines.addAll(List.of(args));
        OutputStream out = socket.getOutputStream();
        out.write((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static String withoutTimes(String text) {
        return text.replaceAll(" in \\d+\\.\\d+ s", " in (time)");
    }

}
