package org.studyguide.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studyguide.publish.PublishException;
import org.studyguide.testing.SearchIndexFile;

/**
 * The search index of the real guide: it covers every section, term, quotation and event, and its
 * file stays under a quarter of the text on the site's pages.
 */
class SearchIndexSizeIT {
    private static final Path PROJECT = Path.of(System.getProperty("project.basedir", ".")).toAbsolutePath();

    @TempDir
    static Path out;

    private static SearchIndexFile index;

    @BeforeAll
    static void build() throws PublishException {
        BuildResult result = GuideBuild.build(new BuildOptions(PROJECT.resolve("content"),
                Optional.of(PROJECT.resolve("templates")), site()));
        assertThat(result.published()).isTrue();
        index = SearchIndexFile.read(site());
    }

    private static Path site() {
        return out.resolve("site");
    }

    @Test
    void theIndexIsUnderAQuarterOfTheSitesText() throws IOException {
        long indexBytes = Files.size(site().resolve("assets/search-index.js"));
        long documentBytes = index.json().getBytes(StandardCharsets.UTF_8).length;
        List<Path> pages = pages();
        long textBytes = 0;
        for (Path page : pages) {
            textBytes += parse(page).body().text().getBytes(StandardCharsets.UTF_8).length;
        }
        System.out.printf("Search index: %,d bytes (%,d bytes of JSON before compression, %d entries);"
                + " text of the %d pages: %,d bytes; the index is %.1f%% of it%n", indexBytes, documentBytes,
                index.documents().size(), pages.size(), textBytes, 100.0 * indexBytes / textBytes);
        assertThat(indexBytes * 4).as("four times the index (%,d bytes) against the site's text", indexBytes)
                .isLessThan(textBytes);
    }

    @Test
    void everyChapterSectionTermQuotationAndEventIsAnEntry() throws IOException {
        for (Path page : pages()) {
            String path = site().relativize(page).toString().replace('\\', '/');
            if (path.startsWith("chapters/")) {
                assertThat(index.at(path).kind()).isEqualTo("chapter");
                for (String id : parse(page).select(".chapter-body h2").eachAttr("id")) {
                    assertThat(index.at(path + "#" + id).kind()).isEqualTo("chapter");
                }
            }
        }
        Document glossary = parse(site().resolve("glossary.html"));
        assertThat(index.ofKind("term")).extracting(SearchIndexFile.Document::url)
                .containsExactlyInAnyOrderElementsOf(glossary.select(".term-entry").eachAttr("id").stream()
                        .map(id -> "glossary.html#" + id).toList());
        assertThat(index.ofKind("quotation")).extracting(SearchIndexFile.Document::url)
                .containsExactlyInAnyOrderElementsOf(parse(site().resolve("quotes.html")).select(".quote-card")
                        .eachAttr("id").stream().map(id -> "quotes.html#" + id).toList());
        assertThat(index.ofKind("event")).extracting(SearchIndexFile.Document::url)
                .containsExactlyInAnyOrderElementsOf(parse(site().resolve("timeline.html")).select(".event")
                        .eachAttr("id").stream().map(id -> "timeline.html#" + id).toList());
    }

    /** The site's pages but print.html, whose text repeats the chapters'. */
    private static List<Path> pages() throws IOException {
        try (Stream<Path> files = Files.walk(site())) {
            return files.filter(f -> f.toString().endsWith(".html") && !f.endsWith("print.html")).sorted().toList();
        }
    }

    private static Document parse(Path page) throws IOException {
        return Jsoup.parse(page.toFile(), StandardCharsets.UTF_8.name());
    }
}
