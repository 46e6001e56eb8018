package org.studyguide.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studyguide.diag.Diagnostic;
import org.studyguide.testing.BuiltGuide;
import org.studyguide.testing.GuideFixture;

/**
 * The files for GitHub Pages and search engines, and what the public address in guide.yml adds to
 * the pages: .nojekyll, robots.txt, sitemap.xml, canonical links, social preview meta, the 404
 * page's links, CNAME; and the diagnostics for a missing or malformed address.
 */
class PagesFilesTest {
    private static final String BASE = "https://example.org/guide/";

    @TempDir
    Path root;

    private String where(Diagnostic d) {
        return root.relativize(d.position().file()) + ":" + d.position().line() + ":" + d.position().column();
    }

    private GuideFixture withAddress(String line) {
        return GuideFixture.in(root).file("guide.yml",
                GuideFixture.GUIDE.replace("baseUrl: " + BASE + "\n", line.isEmpty() ? "" : line + "\n"));
    }

    private String text(String path) throws IOException {
        return Files.readString(root.resolve("site").resolve(path), StandardCharsets.UTF_8);
    }

    private List<String> pages() throws IOException {
        try (Stream<Path> files = Files.walk(root.resolve("site"))) {
            return files.map(f -> root.resolve("site").relativize(f).toString().replace('\\', '/'))
                    .filter(p -> p.endsWith(".html")).sorted().toList();
        }
    }

    @Test
    void everySiteHasNoJekyllAndARobotsFileThatAllowsAll() throws IOException {
        GuideFixture.in(root).build().assertClean();
        assertThat(Files.size(root.resolve("site/.nojekyll"))).isZero();
        assertThat(text("robots.txt")).isEqualTo("User-agent: *\nDisallow:\n\nSitemap: " + BASE + "sitemap.xml\n");
    }

    @Test
    void sitemapListsEveryPageButTheMissingAndPrintPagesWithAbsoluteUrlsAndMatchesTheSchema() throws Exception {
        GuideFixture.in(root).build().assertClean();
        Path sitemap = root.resolve("site/sitemap.xml");
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(getClass().getResource("sitemap.xsd"))
                .newValidator().validate(new StreamSource(sitemap.toFile()));
        Document xml = Jsoup.parse(Files.readString(sitemap), "", Parser.xmlParser());
        List<String> expected = pages().stream().filter(p -> !p.equals("404.html") && !p.equals("print.html"))
                .map(p -> p.equals("index.html") ? BASE : BASE + p).toList();
        assertThat(xml.select("url > loc").eachText()).containsExactlyInAnyOrderElementsOf(expected)
                .startsWith(BASE).doesNotHaveDuplicates();
        assertThat(xml.select("url > loc").eachText()).contains(BASE + "chapters/first.html", BASE + "quiz.html");
    }

    @Test
    void everyPageButTheMissingAndPrintPagesHasItsCanonicalAddressAndSocialPreview() throws IOException {
        BuiltGuide built = GuideFixture.in(root).build().assertClean();
        for (String path : pages()) {
            Document page = built.page(path);
            if (path.equals("404.html") || path.equals("print.html")) {
                assertThat(page.select("link[rel=canonical], meta[property^=og:]")).as(path).isEmpty();
                assertThat(page.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
                continue;
            }
            String url = path.equals("index.html") ? BASE : BASE + path;
            assertThat(page.select("link[rel=canonical]").attr("href")).as(path).isEqualTo(url);
            assertThat(page.select("meta[property=og:url]").attr("content")).as(path).isEqualTo(url);
            assertThat(page.select("meta[property=og:site_name]").attr("content")).isEqualTo("Test guide");
            assertThat(page.select("meta[property=og:description]").attr("content")).as(path)
                    .isEqualTo(page.select("meta[name=description]").attr("content")).isNotBlank();
            assertThat(page.select("meta[name=twitter:card]").attr("content")).isEqualTo("summary");
        }
        Document chapter = built.page("chapters/first.html");
        assertThat(chapter.select("meta[property=og:title]").attr("content")).isEqualTo("First chapter");
        assertThat(chapter.select("meta[property=og:description]").attr("content")).isEqualTo("The first one.");
        assertThat(chapter.select("meta[property=og:type]").attr("content")).isEqualTo("article");
        Document home = built.page("index.html");
        assertThat(home.select("meta[property=og:description]").attr("content")).isEqualTo("A guide for tests");
        assertThat(home.select("meta[property=og:type]").attr("content")).isEqualTo("website");
    }

    @Test
    void theMissingPageLinksFromTheBasePathSoItWorksAtAnyDepth() {
        Document notFound = GuideFixture.in(root).build().assertClean().page("404.html");
        assertThat(notFound.select("link[rel=stylesheet]").attr("href")).isEqualTo("/guide/assets/style.css");
        assertThat(notFound.select("script[src]").eachAttr("src")).allMatch(src -> src.startsWith("/guide/assets/"));
        assertThat(notFound.select("main a").eachAttr("href"))
                .containsExactly("/guide/index.html", "/guide/glossary.html");
        assertThat(notFound.select("a.skip-link").attr("href")).isEqualTo("#main");
    }

    @Test
    void theCheckStageStillChecksTheMissingPagesLinks() {
        Diagnostic d = GuideFixture.in(root).template("404.ftlh", """
                <#import "layout.ftlh" as layout>
                <@layout.page title="Gone">
                <p><a href="/no-such-page.html">Home</a></p>
                </@layout.page>
                """).build().onlyError();
        assertThat(where(d)).isEqualTo("templates/404.ftlh:3:13");
        assertThat(d.message()).isEqualTo(
                "page 404.html links to '/guide/no-such-page.html' but there is no file no-such-page.html in the site");
    }

    @Test
    void anAddressAtTheDomainRootGivesRootPathsIn404() {
        Document notFound = withAddress("baseUrl: https://guide.example.org").build().assertClean().page("404.html");
        assertThat(notFound.select("link[rel=stylesheet]").attr("href")).isEqualTo("/assets/style.css");
        assertThat(notFound.select("main a").first().attr("href")).isEqualTo("/index.html");
    }

    @Test
    void anAddressWithoutTrailingSlashIsNormalised() throws IOException {
        withAddress("baseUrl: https://example.org/guide").build().assertClean();
        assertThat(text("sitemap.xml")).contains("<loc>" + BASE + "chapters/first.html</loc>");
    }

    @Test
    void withoutAnAddressTheBuildWarnsAndLeavesOutSitemapCanonicalAndSocialMeta() throws IOException {
        BuiltGuide built = withAddress("").build();
        assertThat(built.errors()).isEmpty();
        assertThat(built.warnings()).hasSize(1);
        Diagnostic warning = built.warnings().get(0);
        assertThat(where(warning)).isEqualTo("content/guide.yml:1:1");
        assertThat(warning.message()).isEqualTo("guide.yml has no 'baseUrl', so sitemap.xml, canonical links and"
                + " social preview meta are left out, and 404.html works only at the top level of the site");
        assertThat(warning.hint()).contains(
                "add the address the site is published at, such as 'baseUrl: https://you.github.io/your-guide/'");
        assertThat(root.resolve("site/sitemap.xml")).doesNotExist();
        assertThat(text("robots.txt")).isEqualTo("User-agent: *\nDisallow:\n");
        assertThat(built.page("chapters/first.html").select("link[rel=canonical], meta[property^=og:]")).isEmpty();
        assertThat(built.page("404.html").select("link[rel=stylesheet]").attr("href")).isEqualTo("assets/style.css");
    }

    @Test
    void anAddressThatIsNotAbsoluteIsAnErrorAtItsValue() {
        BuiltGuide built = withAddress("baseUrl: you.github.io/guide/").build();
        Diagnostic d = built.onlyError();
        assertThat(where(d)).isEqualTo("content/guide.yml:14:10");
        assertThat(d.message()).isEqualTo("baseUrl 'you.github.io/guide/' is not an absolute http:// or https:// URL");
        assertThat(d.hint()).contains(
                "write the absolute address the site is published at, such as 'https://you.github.io/your-guide/'");
        assertThat(built.result().published()).isFalse();
    }

    @Test
    void otherMalformedAddressesAreErrorsToo() {
        assertThat(withAddress("baseUrl: ftp://example.org/guide/").build().onlyError().message())
                .isEqualTo("baseUrl 'ftp://example.org/guide/' is not an absolute http:// or https:// URL");
        assertThat(withAddress("baseUrl: https://example.org/guide/?x=1").build().onlyError().message())
                .isEqualTo("baseUrl 'https://example.org/guide/?x=1' has a query or fragment, which a site's address cannot have");
        assertThat(withAddress("baseUrl: https://example.org/guide/index.html").build().onlyError().message())
                .isEqualTo("baseUrl 'https://example.org/guide/index.html' names a page, not the site's folder");
        assertThat(withAddress("baseUrl: https://exa mple.org/").build().onlyError().message())
                .isEqualTo("baseUrl 'https://exa mple.org/' is not a URL");
    }

    @Test
    void aCustomDomainIsWrittenToCname() throws IOException {
        withAddress("baseUrl: https://guide.example.org/\ncname: Guide.Example.org").build().assertClean();
        assertThat(text("CNAME")).isEqualTo("guide.example.org\n");
    }

    @Test
    void aCnameThatIsNotADomainIsAnError() {
        Diagnostic d = withAddress("baseUrl: " + BASE + "\ncname: https://guide.example.org/").build().onlyError();
        assertThat(where(d)).isEqualTo("content/guide.yml:15:8");
        assertThat(d.message()).isEqualTo("cname 'https://guide.example.org/' is not a domain name");
        assertThat(d.hint().orElseThrow()).contains("without https:// or a path");
    }

    @Test
    void aCnameThatIsNotTheHostOfTheAddressIsAWarning() {
        BuiltGuide built = withAddress("baseUrl: " + BASE + "\ncname: guide.example.net").build();
        assertThat(built.errors()).isEmpty();
        assertThat(built.warnings()).singleElement().satisfies(w -> {
            assertThat(where(w)).isEqualTo("content/guide.yml:15:8");
            assertThat(w.message()).isEqualTo(
                    "the custom domain 'guide.example.net' is not the host of baseUrl '" + BASE + "'");
            assertThat(w.hint()).contains("with a custom domain the site is served at its root:"
                    + " set 'baseUrl: https://guide.example.net/'");
        });
    }
}
