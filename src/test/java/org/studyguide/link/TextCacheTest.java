package org.studyguide.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
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
 * The Markdown texts in the content cache: a build that takes its texts' references and HTML from
 * the cache writes the same files and reports the same problems, at the same places, as a build
 * without it, also after edits that change what a text refers to; it re-renders only the texts
 * whose targets changed, and ignores damaged entries.
 */
class TextCacheTest {
    private static final String NONE_STORED = "0 texts rendered anew, 0 entries stored in the cache";
    private static final String FIRST = GuideFixture.FIRST.replace("See [[event:council-2002]]",
            "Compare [[chapter:second]].\n\nSee [[event:council-2002]]");

    @TempDir
    Path root;

    private GuideFixture fixture() {
        return GuideFixture.in(root).file("chapters/first.md", FIRST);
    }

    private BuildResult build(GuideFixture fixture, String out, boolean cached) {
        BuildOptions options = fixture.writeFiles().options();
        try {
            return GuideBuild.build(new BuildOptions(options.content(), options.templates(), root.resolve(out),
                    options.sources(), false, cached ? Optional.of(root.resolve("cache")) : Optional.empty()));
        } catch (PublishException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How many texts the link stage found in the cache, and how many there are. */
    private static int[] found(BuildResult result) {
        Matcher matcher = Pattern.compile("(\\d+) of (\\d+) texts from the cache").matcher(detail(result, "link"));
        assertThat(matcher.matches()).as(detail(result, "link")).isTrue();
        return new int[] {Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2))};
    }

    private static void assertAllFound(BuildResult result) {
        int[] found = found(result);
        assertThat(found[0]).isEqualTo(found[1]).isPositive();
    }

    private static String detail(BuildResult result, String stage) {
        return result.timings().stream().filter(s -> s.name().equals(stage)).map(StageTimes.Stage::detail)
                .findFirst().orElseThrow();
    }

    /** Builds with the cache and without it, and checks that both give the same files and problems. */
    private BuildResult buildBoth(GuideFixture fixture, String out) {
        BuildResult plain = build(fixture, out + "-plain", false);
        BuildResult cached = build(fixture, out, true);
        assertThat(cached.diagnostics()).isEqualTo(plain.diagnostics());
        assertThat(cached.published()).isEqualTo(plain.published());
        if (plain.published()) {
            Map<String, byte[]> want = files(out + "-plain");
            Map<String, byte[]> got = files(out);
            assertThat(got.keySet()).isEqualTo(want.keySet());
            want.forEach((path, bytes) -> assertThat(got.get(path)).as(path).isEqualTo(bytes));
        }
        return cached;
    }

    private Map<String, byte[]> files(String out) {
        return SiteFolder.files(root.resolve(out));
    }

    private String page(String out, String path) throws IOException {
        return Jsoup.parse(root.resolve(out).resolve(path).toFile()).select("main").text();
    }

    @Test
    void coldAndWarmBuildsEqualABuildWithoutTheCache() {
        GuideFixture fixture = fixture();
        BuildResult cold = buildBoth(fixture, "cold");
        assertThat(found(cold)[0]).isZero();
        assertThat(detail(cold, "render")).contains("texts rendered anew, 1 entry stored in the cache");
        BuildResult warm = buildBoth(fixture, "warm");
        assertAllFound(warm);
        assertThat(detail(warm, "render")).startsWith(NONE_STORED + ";");
    }

    @Test
    void aRetitledChapterReRendersOnlyTheTextsThatLinkToIt() throws IOException {
        GuideFixture fixture = fixture();
        buildBoth(fixture, "before");
        fixture.file("chapters/second.md", GuideFixture.SECOND.replace("title: Second chapter", "title: Renamed"));
        BuildResult after = buildBoth(fixture, "after");
        assertAllFound(after);
        assertThat(detail(after, "render")).startsWith("1 text rendered anew, 1 entry stored in the cache;");
        assertThat(page("after", "chapters/first.html")).contains("Compare Renamed.");
    }

    @Test
    void aChangedExpansionOrQuotationOrEventTitleIsShownEverywhere() throws IOException {
        GuideFixture fixture = fixture();
        buildBoth(fixture, "before");
        fixture.file("glossary.yml", GuideFixture.GLOSSARY.replace("NATO-Russia Council", "NATO–Russia Council"));
        BuildResult expansion = buildBoth(fixture, "expansion");
        assertThat(found(expansion)[0]).isZero();
        fixture.file("quotes.yml", GuideFixture.QUOTES.replace("locator: paragraph 1", "locator: paragraph 7"));
        BuildResult quote = buildBoth(fixture, "quote");
        assertAllFound(quote);
        assertThat(detail(quote, "render")).doesNotStartWith(NONE_STORED);
        assertThat(page("quote", "chapters/first.html")).contains("paragraph 7");
        fixture.file("timeline.yml", GuideFixture.TIMELINE.replace("title: NRC founded", "title: The council founded"));
        buildBoth(fixture, "event");
        assertThat(page("event", "chapters/first.html")).contains("The council founded");
    }

    @Test
    void aRemovedQuotationIsReportedAtTheSamePlaceWithAndWithoutTheCache() {
        GuideFixture fixture = fixture();
        buildBoth(fixture, "before");
        fixture.file("quotes.yml", GuideFixture.QUOTES.substring(GuideFixture.QUOTES.indexOf("- id: second-quote")));
        BuildResult broken = buildBoth(fixture, "broken");
        assertThat(broken.published()).isFalse();
        assertThat(found(broken)[0]).isPositive().isLessThan(found(broken)[1]);
        assertThat(broken.diagnostics()).anySatisfy(d -> {
            assertThat(d.message()).contains("first-quote");
            assertThat(d.position().file().toString()).endsWith("first.md");
        });
        assertAllFound(buildBoth(fixture, "broken-again"));
        fixture.file("quotes.yml", GuideFixture.QUOTES);
        assertThat(buildBoth(fixture, "mended").published()).isTrue();
    }

    @Test
    void problemsInATextAreReportedFromTheCacheAsWhenParsed() {
        GuideFixture fixture = fixture().file("chapters/second.md", GuideFixture.SECOND
                + "\nA note.[^1]\n\n[^1]: Cited.\n\n[^2]: Never cited.\n\nPutin said [[quote:first-quote|so]].\n");
        BuildResult cold = buildBoth(fixture, "cold");
        assertThat(cold.diagnostics()).anySatisfy(d -> assertThat(d.message()).contains("never cited"));
        BuildResult warm = buildBoth(fixture, "warm");
        assertAllFound(warm);
        assertThat(warm.diagnostics()).isEqualTo(cold.diagnostics());
    }

    @Test
    void damagedAndForeignEntriesAreIgnoredAndReplaced() throws IOException {
        GuideFixture fixture = fixture();
        buildBoth(fixture, "first");
        Path entry = onlyEntry();
        byte[] sound = Files.readAllBytes(entry);
        fixture.file("glossary.yml", GuideFixture.GLOSSARY.replace("Permanent Joint Council", "Joint Council"));
        buildBoth(fixture, "other");
        Path other = otherEntry(entry); // the entry of the glossary as it is now
        byte[] otherSound = Files.readAllBytes(other);
        byte[] flipped = otherSound.clone();
        flipped[flipped.length - 10] ^= 0x20;
        for (byte[] damaged : List.of(Arrays.copyOf(otherSound, otherSound.length / 2), flipped, sound)) {
            Files.write(other, damaged);
            BuildResult repaired = buildBoth(fixture, "repaired");
            assertThat(found(repaired)[0]).isZero();
            assertAllFound(buildBoth(fixture, "after"));
        }
    }

    private Path onlyEntry() throws IOException {
        assertThat(entries()).hasSize(1);
        return entries().get(0);
    }

    private Path otherEntry(Path entry) throws IOException {
        return entries().stream().filter(e -> !e.equals(entry)).findFirst().orElseThrow();
    }

    private List<Path> entries() throws IOException {
        try (Stream<Path> files = Files.list(root.resolve("cache/markdown"))) {
            return files.filter(f -> f.toString().endsWith(".entry")).sorted().toList();
        }
    }
}
