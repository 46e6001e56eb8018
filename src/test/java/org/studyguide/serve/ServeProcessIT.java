package org.studyguide.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studyguide.testing.GuideFixture;

/**
 * {@code studyguide serve} as its own process: it prints its address, serves, and on a stop signal
 * (what Ctrl-C sends, here SIGTERM, which runs the same shutdown hooks) closes cleanly and frees the port.
 */
class ServeProcessIT {
    private static final Pattern SERVING = Pattern.compile("Serving (http://127\\.0\\.0\\.1:(\\d+)/) \\(press Ctrl-C to stop\\)");

    @TempDir
    Path root;

    @Test
    void servesUntilStoppedThenClosesCleanly() throws Exception {
        GuideFixture fixture = GuideFixture.in(root).writeFiles();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
                "org.studyguide.cli.Main", "serve", "--port", "0",
                "--content", fixture.content().toString(), "--out", fixture.out().toString()))
                .redirectError(root.resolve("stderr.txt").toFile())
                .start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).startsWith("Built 14 pages into ");
            Matcher serving = SERVING.matcher(out.readLine());
            assertThat(serving.matches()).isTrue();
            URI url = URI.create(serving.group(1));
            HttpResponse<String> home = HttpClient.newHttpClient().send(HttpRequest.newBuilder(url).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(home.statusCode()).isEqualTo(200);
            assertThat(home.body()).contains("Test guide");

            process.toHandle().destroy();
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(out.readLine()).isEqualTo("Stopped.");
            try (ServerSocket again = new ServerSocket(Integer.parseInt(serving.group(2)), 1, InetAddress.getLoopbackAddress())) {
                assertThat(again.isBound()).isTrue();
            }
        } finally {
            process.destroyForcibly();
        }
        assertThat(Files.readString(root.resolve("stderr.txt"))).isEmpty();
    }

    @Test
    void byDefaultThePreviewHasAFolderOfItsOwnAndLeavesTheBuiltSiteAlone() throws Exception {
        GuideFixture fixture = GuideFixture.in(root);
        fixture.build().assertClean();
        Map<String, String> built = snapshot(fixture.out());
        assertThat(built).containsKey("pdf/first.pdf");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
                "org.studyguide.cli.Main", "serve", "--port", "0", "--content", "content"))
                .directory(root.toFile())
                .redirectError(root.resolve("stderr.txt").toFile())
                .start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).startsWith("Built 14 pages into .studyguide-preview");
            Matcher serving = SERVING.matcher(out.readLine());
            assertThat(serving.matches()).isTrue();
            HttpResponse<String> home = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(serving.group(1))).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(home.body()).contains("Test guide").doesNotContain("pdf/");
            assertThat(root.resolve(".studyguide-preview/index.html")).exists();
            assertThat(root.resolve(".studyguide-preview/pdf")).doesNotExist();
            assertThat(snapshot(fixture.out())).isEqualTo(built);
        } finally {
            process.destroyForcibly();
            process.waitFor(60, TimeUnit.SECONDS);
        }
    }

    @Test
    void aTakenPortIsReportedWithExitCodeThree() throws Exception {
        GuideFixture fixture = GuideFixture.in(root).writeFiles();
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Path java = Path.of(System.getProperty("java.home"), "bin", "java");
            Process process = new ProcessBuilder(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
                    "org.studyguide.cli.Main", "serve", "--port", String.valueOf(taken.getLocalPort()),
                    "--content", fixture.content().toString(), "--out", fixture.out().toString()))
                    .redirectErrorStream(true)
                    .start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).isEqualTo(3);
            assertThat(output).contains("studyguide: cannot listen on 127.0.0.1:" + taken.getLocalPort())
                    .contains("--port 0");
        }
    }

    /** Every file below {@code folder}, by relative path, as its bytes (read as Latin-1, so any byte survives). */
    private static Map<String, String> snapshot(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(file).toString(), new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
            }
        }
        return files;
    }
}
