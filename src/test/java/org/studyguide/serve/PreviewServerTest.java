package org.studyguide.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studyguide.build.BuildOptions;
import org.studyguide.build.GuideBuild;
import org.studyguide.testing.GuideFixture;

/** The preview server in-process on a free port, over a fixture guide: rebuilds, live events, stopping. */
class PreviewServerTest {
    private static final FileTime LONG_AGO = FileTime.fromMillis(1_000_000_000L);

    @TempDir
    Path root;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final HttpClient client = HttpClient.newHttpClient();
    private PreviewServer server;

    private PreviewServer start(GuideFixture fixture) throws Exception {
        fixture.writeFiles();
        server = PreviewServer.start(fixture.options().pdfs(false), 0, new PrintWriter(out, true), new PrintWriter(err, true));
        return server;
    }

    @AfterEach
    void stop() throws IOException {
        if (server != null) {
            server.close();
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(server.url().resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String chapter(String body) {
        return GuideFixture.FIRST.replace("The NRC replaced the PJC in 2002. The NRC met often.", body);
    }

    @Test
    void listensOnLoopbackOnlyAndServesTheSiteWithTheLiveScriptAdded() throws Exception {
        GuideFixture fixture = GuideFixture.in(root);
        start(fixture);
        assertThat(server.address().getAddress().isLoopbackAddress()).isTrue();
        assertThat(out.toString()).startsWith("Built 14 pages into ");

        HttpResponse<String> home = get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.headers().firstValue("content-type")).contains("text/html; charset=utf-8");
        assertThat(home.body()).contains("<script src=\"/__studyguide/live.js\" defer></script></head>");
        assertThat(Files.readString(fixture.out().resolve("index.html"))).doesNotContain("__studyguide");

        assertThat(get("/assets/style.css").headers().firstValue("content-type")).contains("text/css; charset=utf-8");
        assertThat(get("/assets/site.js").headers().firstValue("content-type")).contains("text/javascript; charset=utf-8");
        assertThat(get("/assets/favicon.svg").headers().firstValue("content-type")).contains("image/svg+xml");
        assertThat(get("/__studyguide/live.js").body()).contains("EventSource");
        assertThat(get("/__studyguide/live.css").headers().firstValue("content-type")).contains("text/css; charset=utf-8");

        HttpResponse<String> missing = get("/chapters/nowhere.html");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("live.js");

        HttpResponse<String> head = client.send(HttpRequest.newBuilder(server.url().resolve("/glossary.html"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        HttpResponse<String> post = client.send(HttpRequest.newBuilder(server.url().resolve("/index.html"))
                .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(post.headers().firstValue("allow")).contains("GET, HEAD");
    }

    @Test
    void editingAChapterRewritesOnlyWhatChangedAndTellsPagesToReload() throws Exception {
        GuideFixture fixture = GuideFixture.in(root);
        start(fixture);
        List<Path> files = siteFiles(fixture.out());
        for (Path file : files) {
            Files.setLastModifiedTime(file, LONG_AGO);
        }
        try (LiveEvents events = LiveEvents.subscribe(server.url())) {
            Edits.save(fixture.content().resolve("chapters/first.md"), chapter("The NRC replaced the PJC in 2002. The NRC met often; a freshly written sentence."));
            LiveEvents.Event early = events.next("reload");
            assertThat(early.data()).as("the edited chapter's page is served before the rest").containsExactly("chapters/first.html");
            assertThat(get("/chapters/first.html").body()).contains("a freshly written sentence.");
            LiveEvents.Event rest = events.next("reload");
            Set<String> reloaded = new TreeSet<>(early.data());
            reloaded.addAll(rest.data());

            Set<String> touched = new TreeSet<>();
            for (Path file : siteFiles(fixture.out())) {
                if (!Files.getLastModifiedTime(file).equals(LONG_AGO)) {
                    touched.add(fixture.out().relativize(file).toString().replace('\\', '/'));
                }
            }
            assertThat(touched).containsExactlyInAnyOrderElementsOf(reloaded)
                    .contains("chapters/first.html")
                    .doesNotContain("chapters/second.html", "index.html", "glossary.html", "quotes.html");
            assertThat(out.toString()).contains("Rebuilt after ").contains("chapters/first.html");
            assertThat(contents(fixture.out())).isEqualTo(contents(freshBuild(fixture)));
        }
    }

    /** The same guide built from scratch by {@code build} (without PDFs, as the preview), beside the served one. */
    private Path freshBuild(GuideFixture fixture) throws Exception {
        Path fresh = root.resolve("fresh");
        GuideBuild.build(new BuildOptions(fixture.content(), fixture.options().templates(), fresh).pdfs(false));
        return fresh;
    }

    /** Every file of a folder as its text (all site files are text), by relative path. */
    private static Map<String, String> contents(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        for (Path file : siteFiles(folder)) {
            files.put(folder.relativize(file).toString(), Files.readString(file));
        }
        return files;
    }

    @Test
    void anErrorIsSentToPagesWhileTheLastGoodSiteStaysServedUntilItIsFixed() throws Exception {
        GuideFixture fixture = GuideFixture.in(root);
        start(fixture);
        Path chapter = fixture.content().resolve("chapters/first.md");
        try (LiveEvents events = LiveEvents.subscribe(server.url())) {
            Edits.save(chapter, chapter("Broken: see [[NCRX]] here."));
            LiveEvents.Event problems = events.next("problems");

            assertThat(problems.data().get(0)).endsWith("first.md:13:13: error: unknown term 'NCRX'");
            assertThat(problems.text()).contains("hint: did you mean 'NRC'?");
            assertThat(err.toString()).contains("first.md:13:13: error: unknown term 'NCRX'")
                    .contains("1 error; still serving the last good site");
            HttpResponse<String> page = get("/chapters/first.html");
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("met often.").doesNotContain("Broken");
            try (LiveEvents late = LiveEvents.subscribe(server.url())) {
                assertThat(late.next("problems").text()).isEqualTo(problems.text());
            }

            Edits.save(chapter, chapter("Mended: see [[NRC]] here."));
            events.next("reload");
            assertThat(get("/chapters/first.html").body()).contains("Mended:");
        }
    }

    @Test
    void aTemplateChangeReRendersAndAnAssetChangeCopiesOnlyThatAsset() throws Exception {
        GuideFixture fixture = GuideFixture.in(root)
                .template("404.ftlh", notFoundPage("First wording"))
                .template("assets/note.txt", "one");
        start(fixture);
        assertThat(get("/404.html").body()).contains("First wording");
        try (LiveEvents events = LiveEvents.subscribe(server.url())) {
            Edits.save(fixture.templatesDir().resolve("404.ftlh"), notFoundPage("Second wording"));
            assertThat(events.next("reload").data()).containsExactly("404.html");
            assertThat(get("/404.html").body()).contains("Second wording");

            Edits.save(fixture.templatesDir().resolve("assets/note.txt"), "two");
            assertThat(events.next("reload").data()).containsExactly("assets/note.txt");
            assertThat(get("/assets/note.txt").body()).isEqualTo("two");

            Edits.save(fixture.templatesDir().resolve("404.ftlh"), "<p>${page.nothing}</p>\n");
            assertThat(events.next("problems").data().get(0))
                    .matches(".*404\\.ftlh:1:\\d+: error: template error: .*page\\.nothing.*");
            assertThat(get("/404.html").body()).contains("Second wording");
        }
    }

    private static String notFoundPage(String words) {
        return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>${page.title}</title></head>"
                + "<body><main><h1>" + words + "</h1></main></body></html>\n";
    }

    @Test
    void closingFreesThePortAndStopsTheWatcher() throws Exception {
        start(GuideFixture.in(root));
        int port = server.address().getPort();
        LiveEvents events = LiveEvents.subscribe(server.url());
        assertThat(server.watching()).isTrue();

        server.close();
        server = null;

        assertThat(events.next("closed")).isNotNull();
        try (ServerSocket again = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            assertThat(again.getLocalPort()).isEqualTo(port);
        }
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("studyguide-watcher"));
    }

    private static List<Path> siteFiles(Path site) throws IOException {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }
}
