package org.studyguide.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studyguide.publish.PublishException;
import org.studyguide.testing.SiteCrawler;
import org.studyguide.testing.SiteServer;

/**
 * The real guide, built once, crawled from its home page as GitHub Pages would serve it: under a
 * project sub-path, at a domain root, and opened from disk. Every page and asset reachable, including
 * the scripts loaded on first use, must be there; the 404 page must work at any depth.
 */
class SiteCrawlIT {
    private static final Path PROJECT = Path.of(System.getProperty("project.basedir", ".")).toAbsolutePath();
    private static final String SUB_PATH = "/nato-russia-guide/";
    private static final List<String> LOADED_LATER = List.of("assets/search-index.js", "assets/lunr.min.js",
            "assets/popups-core.js", "assets/terms.js");

    @TempDir
    static Path out;

    private static Path site;

    @BeforeAll
    static void build() throws PublishException {
        site = out.resolve("site");
        BuildResult result = GuideBuild.build(new BuildOptions(PROJECT.resolve("content"),
                Optional.of(PROJECT.resolve("templates")), site));
        assertThat(result.published()).as("the real guide builds").isTrue();
    }

    /** Every page of the site but the 404 page, such as {@code chapters/crises.html}. */
    private static List<String> pages() throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            return files.map(f -> site.relativize(f).toString().replace('\\', '/'))
                    .filter(p -> p.endsWith(".html") && !p.equals("404.html")).sorted().toList();
        }
    }

    private static void assertWhole(SiteCrawler.Result result, URI scope) throws IOException {
        System.out.printf("crawled %d URLs from %s%n", result.statuses().size(), scope);
        assertThat(result.broken()).as("requests that failed").isEmpty();
        assertThat(result.paths(scope)).containsAll(pages()).containsAll(LOADED_LATER)
                .contains("assets/style.css", "assets/favicon.svg", "assets/site.js", "glossary-anki.csv");
    }

    @Test
    void everythingReachableIsServedUnderAProjectSubPath() throws IOException {
        crawlServed(SUB_PATH);
    }

    @Test
    void everythingReachableIsServedAtTheDomainRoot() throws IOException {
        crawlServed("/");
    }

    private static void crawlServed(String base) throws IOException {
        try (SiteServer server = SiteServer.start(site, base)) {
            URI scope = URI.create(server.url(""));
            assertWhole(SiteCrawler.crawl(scope.resolve("index.html"), 200, scope, SiteCrawler.overHttp()), scope);
        }
    }

    @Test
    void everythingReachableExistsOnDiskWhenOpenedFromFiles() throws IOException {
        URI scope = site.toUri();
        assertWhole(SiteCrawler.crawl(site.resolve("index.html").toUri(), 200, scope, SiteCrawler.fromDisk()), scope);
    }

    @Test
    void theMissingPageWorksAtAnyDepthUnderTheSubPath() throws IOException {
        try (SiteServer server = SiteServer.start(site, SUB_PATH)) {
            URI scope = URI.create(server.url(""));
            for (String missing : List.of("no-such-page.html", "chapters/no-such-chapter.html", "a/b/c/d")) {
                SiteCrawler.Result result = SiteCrawler.crawl(scope.resolve(missing), 404, scope, SiteCrawler.overHttp());
                assertThat(result.broken()).as(missing).isEmpty();
                assertThat(result.paths(scope)).as(missing).contains("assets/style.css", "index.html", "glossary.html");
            }
        }
    }

    @Test
    void robotsAndTheSitemapAreServedAndEverySitemapAddressAnswers() throws IOException {
        String sitemap = Files.readString(site.resolve("sitemap.xml"), StandardCharsets.UTF_8);
        List<String> locs = Jsoup.parse(sitemap, "", Parser.xmlParser()).select("url > loc").eachText();
        String base = "https://studyguide.github.io/nato-russia-guide/";
        assertThat(locs).hasSize(pages().size() - 1).allMatch(loc -> loc.startsWith(base))
                .doesNotContain(base + "print.html");
        assertThat(Files.readString(site.resolve("robots.txt"))).contains("Sitemap: " + base + "sitemap.xml");
        try (SiteServer server = SiteServer.start(site, SUB_PATH)) {
            SiteCrawler.Fetcher http = SiteCrawler.overHttp();
            for (String path : List.of("robots.txt", "sitemap.xml", ".nojekyll")) {
                assertThat(http.fetch(URI.create(server.url(path))).status()).as(path).isEqualTo(200);
            }
            for (String loc : locs) {
                URI local = URI.create(server.url(loc.substring(base.length())));
                assertThat(http.fetch(local).status()).as(loc).isEqualTo(200);
            }
        }
    }
}
