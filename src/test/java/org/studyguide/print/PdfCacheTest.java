package org.studyguide.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studyguide.build.BuildOptions;
import org.studyguide.build.BuildResult;
import org.studyguide.build.GuideBuild;
import org.studyguide.build.StageTimes;
import org.studyguide.publish.PublishException;
import org.studyguide.testing.GuideFixture;
import org.studyguide.testing.SiteFolder;

/**
 * The cache of laid-out PDFs: a build with it gives the same bytes as one without, reuses what it
 * holds (as {@code --timings} reports), lays out again only what changed, and survives damaged
 * entries and builds running at the same time.
 */
class PdfCacheTest {
    private static final String ALL_LAID_OUT = "0 from the cache, 3 laid out (guide.pdf: 5 of 5 pieces)";
    private static final String ALL_REUSED = "3 from the cache, 0 laid out";
    /** The pieces the whole guide's PDF is laid out in: the front, each chapter, the appendix, the page numbers. */
    private static final int GUIDE_PIECES = 5;

    @TempDir
    Path root;

    private Path cache() {
        return root.resolve("cache");
    }

    private BuildResult build(GuideFixture fixture, String out, Optional<Path> cache) {
        return buildWritten(fixture.writeFiles(), out, cache);
    }

    /** Builds the fixture as it is on disk: builds running at once must not rewrite what the others read. */
    private BuildResult buildWritten(GuideFixture fixture, String out, Optional<Path> cache) {
        BuildOptions options = fixture.options();
        try {
            BuildResult result = GuideBuild.build(new BuildOptions(options.content(), options.templates(),
                    root.resolve(out), options.sources(), true, cache));
            assertThat(result.succeeded()).as(result.diagnostics().toString()).isTrue();
            return result;
        } catch (PublishException e) {
            throw new IllegalStateException(e);
        }
    }

    private BuildResult buildCached(GuideFixture fixture, String out) {
        return build(fixture, out, Optional.of(cache()));
    }

    private static String pdfStage(BuildResult result) {
        return result.timings().stream().filter(s -> s.name().equals("pdfs")).map(StageTimes.Stage::detail)
                .findFirst().orElseThrow();
    }

    /** Every file of a built site, by relative path. */
    private Map<String, byte[]> files(String out) {
        return SiteFolder.files(root.resolve(out));
    }

    private void assertSameSites(String expected, String actual) {
        Map<String, byte[]> want = files(expected);
        Map<String, byte[]> got = files(actual);
        assertThat(got.keySet()).isEqualTo(want.keySet()).anyMatch(path -> path.endsWith(".pdf"));
        want.forEach((path, bytes) -> assertThat(got.get(path)).as(path).isEqualTo(bytes));
    }

    private List<Path> entries() throws IOException {
        try (Stream<Path> files = Files.list(cache())) {
            return files.filter(f -> f.toString().endsWith(".entry")).sorted().toList();
        }
    }

    @Test
    void aCachedBuildIsByteIdenticalToOneWithoutTheCacheAndReusesEveryPdf() {
        GuideFixture fixture = GuideFixture.in(root);
        build(fixture, "plain", Optional.empty());
        assertThat(pdfStage(buildCached(fixture, "cold"))).isEqualTo(ALL_LAID_OUT);
        assertThat(pdfStage(buildCached(fixture, "warm"))).isEqualTo(ALL_REUSED);
        assertSameSites("plain", "cold");
        assertSameSites("plain", "warm");
    }

    @Test
    void aChangedChapterIsLaidOutAgainWithItsPieceOfTheWholeGuideAndTheRestIsReused() {
        GuideFixture fixture = GuideFixture.in(root);
        buildCached(fixture, "before");
        fixture.file("chapters/second.md", GuideFixture.SECOND.replace("is discussed in", "is weighed in"));
        assertThat(pdfStage(buildCached(fixture, "after"))).isEqualTo("1 from the cache, 2 laid out (guide.pdf: 1 of 5 pieces)");
        build(fixture, "plain", Optional.empty());
        assertSameSites("plain", "after");
        assertThat(pdfStage(buildCached(fixture, "again"))).isEqualTo(ALL_REUSED);
    }

    @Test
    void aChangedStylesheetOrPaperSizeMissesTheCache() {
        GuideFixture fixture = GuideFixture.in(root);
        buildCached(fixture, "a4");
        fixture.file("guide.yml", GuideFixture.GUIDE + "paper: letter\n");
        assertThat(pdfStage(buildCached(fixture, "letter"))).isEqualTo(ALL_LAID_OUT);
        fixture.template("pdf.css", "body { font-family: 'Guide Serif'; }\n");
        assertThat(pdfStage(buildCached(fixture, "styled"))).isEqualTo(ALL_LAID_OUT);
        build(fixture, "plain", Optional.empty());
        assertSameSites("plain", "styled");
    }

    @Test
    void damagedEntriesAreLaidOutAgainAndReplaced() throws IOException {
        GuideFixture fixture = GuideFixture.in(root);
        build(fixture, "plain", Optional.empty());
        BuildResult first = buildCached(fixture, "first");
        List<Path> entries = entries();
        // three PDFs, the list of the whole set, the whole guide's five pieces (the front, two
        // chapters, the appendix and the page numbers), each page twice (its entry and its model key's
        // pointer), each chapter's view, the three files made without a template and the quotations' check
        assertThat(entries).hasSize(4 + GUIDE_PIECES + 2 * first.pages() + first.chapters() + 4);
        byte[] sound = Files.readAllBytes(entries.get(0));
        for (int i = 0; i < entries.size(); i++) {
            Path entry = entries.get(i);
            byte[] bytes = Files.readAllBytes(entry);
            switch (i % 3) {
                case 0 -> Files.write(entry, java.util.Arrays.copyOf(bytes, bytes.length / 2));
                case 1 -> {
                    bytes[bytes.length - 100] ^= 0x20;
                    Files.write(entry, bytes);
                }
                default -> Files.write(entry, sound); // another key's sound entry
            }
        }
        assertThat(pdfStage(buildCached(fixture, "repaired"))).isEqualTo(ALL_LAID_OUT);
        assertSameSites("plain", "repaired");
        assertThat(pdfStage(buildCached(fixture, "after"))).isEqualTo(ALL_REUSED);
        assertSameSites("plain", "after");
    }

    @Test
    void buildsRunningAtTheSameTimeShareTheCacheWithoutDamagingIt() throws Exception {
        GuideFixture fixture = GuideFixture.in(root).writeFiles();
        build(fixture, "plain", Optional.empty());
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<BuildResult>> builds = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                String out = "together-" + i;
                builds.add(pool.submit(() -> buildWritten(fixture, out, Optional.of(cache()))));
            }
            for (Future<BuildResult> build : builds) {
                assertThat(build.get().succeeded()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
        for (int i = 0; i < 3; i++) {
            assertSameSites("plain", "together-" + i);
        }
        BuildResult after = buildCached(fixture, "after");
        assertThat(pdfStage(after)).isEqualTo(ALL_REUSED);
        assertSameSites("plain", "after");
        assertThat(entries()).hasSize(4 + GUIDE_PIECES + 2 * after.pages() + after.chapters() + 4);
    }
}
