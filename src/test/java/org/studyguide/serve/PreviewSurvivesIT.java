package org.studyguide.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.studyguide.testing.Fifos;
import org.studyguide.testing.GuideFixture;

/**
 * The preview survives whatever is saved while it runs: content nested deeply enough to exhaust
 * the stack, a pipe in place of a content file, editors' temporary files. Each failure is reported
 * in a few lines (no stack trace), and the next good save is rebuilt and sent to the pages.
 */
class PreviewSurvivesIT {
    @TempDir
    Path root;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private PreviewServer server;
    private GuideFixture fixture;

    private LiveEvents start() throws Exception {
        fixture = GuideFixture.in(root).writeFiles();
        server = PreviewServer.start(fixture.options().pdfs(false), 0, new PrintWriter(out, true),
                new PrintWriter(err, true));
        return LiveEvents.subscribe(server.url());
    }

    @AfterEach
    void stop() throws IOException {
        if (server != null) {
            server.close();
        }
    }

    private String page(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.url().resolve(path)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    /** Saves a good edit of the first chapter and checks that it is rebuilt, served and announced. */
    private void aGoodEditIsRebuilt(LiveEvents events, String sentence) throws Exception {
        Edits.save(fixture.content().resolve("chapters/first.md"),
                GuideFixture.FIRST.replace("The NRC met often.", "The NRC met often. " + sentence));
        LiveEvents.Event reload = events.next("reload", e -> e.data().contains("chapters/first.html"));
        assertThat(page("/chapters/first.html")).contains(sentence);
        if (!reload.data().contains("print.html")) {
            // The page was served early; the rest of the site (and the terminal's line) follows.
            events.next("reload", e -> e.data().contains("print.html"));
        }
        assertThat(server.watching()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "glossary.yml, '[', 50000",
        "quotes.yml, '{a: ', 20000",
        "chapters/second.md, '> ', 20000",
        "chapters/second.md, '- ', 20000"})
    void deeplyNestedContentIsReportedAndTheNextGoodEditIsRebuilt(String file, String opener, int depth)
            throws Exception {
        try (LiveEvents events = start()) {
            String original = Files.readString(fixture.content().resolve(file));
            String nested = file.endsWith(".md")
                    ? original + "\n" + opener.repeat(depth) + "deep\n"
                    : opener.repeat(depth);
            Edits.save(fixture.content().resolve(file), nested);

            LiveEvents.Event problems = events.next("problems");
            assertThat(problems.text()).contains(Path.of(file).getFileName().toString());
            assertThat(err.toString()).doesNotContain("\tat ", "Exception", "Error:");

            Edits.save(fixture.content().resolve(file), original);
            aGoodEditIsRebuilt(events, "Saved after the nesting was removed.");
        }
    }

    @Test
    void aPipeInPlaceOfTheGlossaryIsReportedWithoutHangingAndTheFixIsRebuilt() throws Exception {
        try (LiveEvents events = start()) {
            Path glossary = fixture.content().resolve("glossary.yml");
            Files.delete(glossary);
            Fifos.make(glossary);

            assertThat(events.next("problems", e -> e.text().contains("pipe")).text()).contains("glossary.yml");

            Files.delete(glossary);
            Edits.save(glossary, GuideFixture.GLOSSARY);
            aGoodEditIsRebuilt(events, "Saved after the pipe was replaced.");
        }
    }

    @Test
    void aPageThatNeverReadsItsEventsDelaysNoRebuild() throws Exception {
        try (LiveEvents events = start(); Socket stuck = new Socket()) {
            stuck.setReceiveBufferSize(1024);
            stuck.connect(server.address());
            stuck.getOutputStream().write(("GET " + LiveReload.PATH + " HTTP/1.1\r\nHost: 127.0.0.1:"
                    + server.address().getPort() + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            Waiting.until("both pages listening", () -> server.listeners() == 2);

            for (int save = 1; save <= 3; save++) {
                aGoodEditIsRebuilt(events, "Save number " + save + " while a page reads nothing.");
            }
        }
    }

    @Test
    void editorsTemporaryFilesNeitherRebuildNorAppearInTheTerminal() throws Exception {
        try (LiveEvents events = start()) {
            Path chapters = fixture.content().resolve("chapters");
            for (String scratch : new String[] {"4913", "sedAb12Xy", ".first.md.swp", "first.md~", "#first.md#",
                "first.md___jb_tmp___", ".#first.md", "first.md.tmp"}) {
                Files.writeString(chapters.resolve(scratch), "scratch");
            }
            aGoodEditIsRebuilt(events, "Saved beside the temporary files of editors.");

            // One save, one line, naming only the saved file: never a scratch file, even in its own burst.
            assertThat(out.toString().lines().filter(line -> line.startsWith("Rebuilt after ")))
                    .singleElement().asString().matches("Rebuilt after \\S*chapters/first\\.md in \\d+ ms: .*");
        }
    }
}
