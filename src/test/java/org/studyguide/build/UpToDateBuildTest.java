package org.studyguide.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studyguide.diag.Severity;
import org.studyguide.publish.PublishException;
import org.studyguide.testing.GuideFixture;

/**
 * A build that finds nothing changed since the last successful build into the same output folder
 * does nothing and reports that build again; every change to an input, an option, the code or the
 * output folder, and a damaged manifest, makes it a full build.
 */
class UpToDateBuildTest {
    private static final Supplier<Optional<byte[]>> CODE = () -> Optional.of(new byte[] {1});

    @TempDir
    Path root;

    private GuideFixture fixture;
    private BuildOptions options;

    @BeforeEach
    void writeGuide() {
        fixture = GuideFixture.in(root).writeFiles();
        options = new BuildOptions(fixture.content(), Optional.empty(), fixture.out(), Optional.empty(), true,
                Optional.of(root.resolve("cache")));
    }

    private BuildResult build() throws PublishException {
        return UpToDateBuild.build(options, true, CODE);
    }

    private static boolean skipped(BuildResult result) {
        return result.upToDate() && result.timings().stream().map(StageTimes.Stage::name).toList()
                .equals(List.of(UpToDateBuild.SKIPPED_STAGE));
    }

    /** Full build: the stages of a build ran, after the inputs were digested. */
    private static boolean built(BuildResult result) {
        List<String> stages = result.timings().stream().map(StageTimes.Stage::name).toList();
        return !result.upToDate() && stages.get(0).equals("inputs") && stages.contains("load");
    }

    @Test
    void anUnchangedGuideIsNotBuiltAgainAndItsSiteIsLeftAlone() throws Exception {
        Files.delete(fixture.textsDir().resolve("reading-a.txt"));
        Files.delete(fixture.textsDir());
        BuildResult first = build();
        assertThat(built(first)).isTrue();
        assertThat(first.count(Severity.WARNING)).isEqualTo(1);
        Map<String, String> site = fileStates(fixture.out());

        BuildResult second = build();
        assertThat(skipped(second)).as(second.timings().toString()).isTrue();
        assertThat(fileStates(fixture.out())).isEqualTo(site);
        assertThat(second.diagnostics()).isEqualTo(first.diagnostics());
        assertThat(List.of(second.pages(), second.pdfs(), second.chapters(), second.terms(), second.quotes()))
                .isEqualTo(List.of(first.pages(), first.pdfs(), first.chapters(), first.terms(), first.quotes()));
        assertThat(second.verified()).isEqualTo(first.verified()).isEmpty();
        assertThat(second.published()).isTrue();
        assertThat(second.succeeded()).isTrue();
    }

    @Test
    void theVerifiedCountIsReportedAgain() throws Exception {
        BuildResult first = build();
        BuildResult second = build();
        assertThat(skipped(second)).isTrue();
        assertThat(second.verified()).isEqualTo(first.verified()).contains(2);
    }

    @Test
    void anEditedChapterIsBuilt() throws Exception {
        build();
        append(fixture.content().resolve("chapters/second.md"), "\nOne more sentence.\n");
        BuildResult edited = build();
        assertThat(built(edited)).isTrue();
        assertThat(edited.timings().get(0).detail()).isEqualTo("the guide, templates, options or code changed");
        assertThat(Files.readString(fixture.out().resolve("chapters/second.html"))).contains("One more sentence.");
        assertThat(skipped(build())).isTrue();
    }

    @Test
    void aNewFileAnywhereInTheContentFolderIsABuild() throws Exception {
        build();
        Files.createDirectories(fixture.content().resolve("notes/deep"));
        Files.writeString(fixture.content().resolve("notes/deep/todo.txt"), "not read by the loader");
        assertThat(built(build())).isTrue();
        Files.delete(fixture.content().resolve("notes/deep/todo.txt"));
        assertThat(built(build())).isTrue();
    }

    @Test
    void aChangedTemplateIsBuilt() throws Exception {
        Path templates = root.resolve("templates");
        Files.createDirectories(templates.resolve("assets"));
        Files.writeString(templates.resolve("assets/extra.css"), "body { color: black; }\n");
        options = new BuildOptions(options.content(), Optional.of(templates), options.out(), Optional.empty(), true,
                options.cache());
        build();
        assertThat(skipped(build())).isTrue();
        Files.writeString(templates.resolve("assets/extra.css"), "body { color: navy; }\n");
        assertThat(built(build())).isTrue();
        assertThat(fixture.out().resolve("assets/extra.css")).hasContent("body { color: navy; }\n");
    }

    @Test
    void aChangedReadingTextVerifiesTheQuotationsAgain() throws Exception {
        assertThat(build().verified()).contains(2);
        Files.writeString(fixture.textsDir().resolve("reading-a.txt"), "The council rarely met. Cooperation was uneven.");
        BuildResult changed = build();
        assertThat(built(changed)).isTrue();
        assertThat(changed.timings().get(0).detail()).isEqualTo("the readings' texts changed");
        assertThat(changed.succeeded()).isFalse();
        assertThat(changed.diagnostics()).anyMatch(d -> d.severity() == Severity.ERROR
                && d.position().file().toString().endsWith("quotes.yml"));
    }

    @Test
    void aReadingTextFolderThatAppearsIsABuild() throws Exception {
        Path texts = fixture.textsDir();
        Path aside = root.resolve("aside");
        Files.move(texts, aside);
        assertThat(build().verified()).isEmpty();
        Files.move(aside, texts);
        BuildResult again = build();
        assertThat(built(again)).isTrue();
        assertThat(again.verified()).contains(2);
    }

    @Test
    void aSourcesFolderGivenAsAnOptionIsAnInput() throws Exception {
        options = new BuildOptions(options.content(), Optional.empty(), options.out(), Optional.of(fixture.textsDir()),
                true, options.cache());
        build();
        assertThat(skipped(build())).isTrue();
        append(fixture.textsDir().resolve("reading-a.txt"), "More text.\n");
        assertThat(built(build())).isTrue();
    }

    @Test
    void aChangedOptionIsABuild() throws Exception {
        build();
        options = options.pdfs(false);
        assertThat(built(build())).isTrue();
        assertThat(fixture.out().resolve("guide.pdf")).doesNotExist();
        assertThat(skipped(build())).isTrue();
        options = options.pdfs(true);
        assertThat(built(build())).isTrue();
    }

    @Test
    void aChangedBaseUrlIsABuild() throws Exception {
        build();
        Path guide = fixture.content().resolve("guide.yml");
        Files.writeString(guide, Files.readString(guide).replace("https://example.org/guide/", "https://example.org/other/"));
        assertThat(built(build())).isTrue();
    }

    @Test
    void otherCodeIsABuild() throws Exception {
        build();
        assertThat(built(UpToDateBuild.build(options, true, () -> Optional.of(new byte[] {2})))).isTrue();
        assertThat(skipped(UpToDateBuild.build(options, true, () -> Optional.of(new byte[] {2})))).isTrue();
        assertThat(built(UpToDateBuild.build(options, true, Optional::empty))).isTrue();
    }

    @Test
    void aDeletedFileInTheOutputFolderIsABuild() throws Exception {
        build();
        Files.delete(fixture.out().resolve("chapters/first.html"));
        assertThat(built(build())).isTrue();
        assertThat(fixture.out().resolve("chapters/first.html")).exists();
    }

    @Test
    void anAlteredFileInTheOutputFolderIsABuild() throws Exception {
        build();
        Path page = fixture.out().resolve("index.html");
        String original = Files.readString(page);
        Files.writeString(page, original.replace("Test guide", "Tost guide"));
        assertThat(built(build())).isTrue();
        assertThat(page).hasContent(original);
    }

    @Test
    void aFileRewrittenWithTheSameBytesIsABuild() throws Exception {
        build();
        Path page = fixture.out().resolve("index.html");
        Path copy = root.resolve("copy.html");
        Files.copy(page, copy, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
        Files.move(copy, page, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertThat(built(build())).isTrue();
    }

    @Test
    void anAddedFileOrFolderInTheOutputFolderIsABuild() throws Exception {
        build();
        Files.writeString(fixture.out().resolve("stray.html"), "<p>stray</p>");
        assertThat(built(build())).isTrue();
        assertThat(fixture.out().resolve("stray.html")).doesNotExist();
        Files.createDirectories(fixture.out().resolve("empty"));
        assertThat(built(build())).isTrue();
        assertThat(skipped(build())).isTrue();
    }

    @Test
    void aDeletedOutputFolderIsABuild() throws Exception {
        build();
        try (Stream<Path> walk = Files.walk(fixture.out())) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
        assertThat(built(build())).isTrue();
        assertThat(fixture.out().resolve("index.html")).exists();
    }

    @Test
    void aStagingFolderLeftBesideTheSiteByAKilledBuildIsRecoveredByAFullBuild() throws Exception {
        build();
        Path leftover = fixture.out().resolveSibling("." + fixture.out().getFileName() + "-staging-killed");
        Files.createDirectory(leftover);
        BuildResult recovered = build();
        assertThat(built(recovered)).isTrue();
        assertThat(recovered.timings().get(0).detail()).isEqualTo("a publish into the output folder was interrupted");
        assertThat(leftover).doesNotExist();
        assertThat(skipped(build())).isTrue();
    }

    @Test
    void aDamagedTruncatedOrForeignManifestIsIgnored() throws Exception {
        build();
        Path manifest = manifest();
        byte[] good = Files.readAllBytes(manifest);
        byte[] flipped = good.clone();
        flipped[good.length / 2] ^= 1;
        for (byte[] bad : List.of(flipped, java.util.Arrays.copyOf(good, good.length - 1), new byte[0],
                "not a manifest".getBytes(StandardCharsets.UTF_8))) {
            Files.write(manifest, bad);
            assertThat(built(build())).isTrue();
        }
        assertThat(skipped(build())).isTrue();
        // A whole manifest of another output folder under this one's name.
        BuildOptions other = new BuildOptions(options.content(), Optional.empty(), root.resolve("other"),
                Optional.empty(), true, options.cache());
        UpToDateBuild.build(other, true, CODE);
        Path otherManifest = ManifestStore.of(options.cache().get(), other.out()).file();
        Files.copy(otherManifest, manifest, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertThat(ManifestStore.of(options.cache().get(), options.out()).read()).isEmpty();
        assertThat(built(build())).isTrue();
    }

    @Test
    void aFailedBuildRecordsNothingAndFailsAgainTheSameWay() throws Exception {
        append(fixture.content().resolve("chapters/first.md"), "\nSee [[NRCC]].\n");
        BuildResult first = build();
        assertThat(first.succeeded()).isFalse();
        assertThat(manifest()).doesNotExist();
        BuildResult second = build();
        assertThat(built(second)).isTrue();
        assertThat(second.diagnostics()).isEqualTo(first.diagnostics());
        assertThat(fixture.out()).doesNotExist();
    }

    @Test
    void aFailedBuildAfterAGoodOneLeavesTheSiteAndTheNextBuildFailsToo() throws Exception {
        build();
        Map<String, String> site = fileStates(fixture.out());
        Path chapter = fixture.content().resolve("chapters/first.md");
        String good = Files.readString(chapter);
        Files.writeString(chapter, good + "\nSee [[NRCC]].\n");
        assertThat(build().succeeded()).isFalse();
        assertThat(build().succeeded()).isFalse();
        assertThat(fileStates(fixture.out())).isEqualTo(site);
        Files.writeString(chapter, good);
        assertThat(skipped(build())).isTrue();
    }

    @Test
    void aFullBuildCanBeAskedForAndStillRecordsAManifest() throws Exception {
        build();
        BuildResult full = UpToDateBuild.build(options, false, CODE);
        assertThat(built(full)).isTrue();
        assertThat(full.timings().get(0).detail()).isEqualTo("a full build was asked for");
        assertThat(skipped(build())).isTrue();
        assertThat(UpToDateBuild.mayBeSkipped(Map.of(UpToDateBuild.FULL_BUILD_VARIABLE, "1"))).isFalse();
        assertThat(UpToDateBuild.mayBeSkipped(Map.of(UpToDateBuild.FULL_BUILD_VARIABLE, ""))).isTrue();
        assertThat(UpToDateBuild.mayBeSkipped(Map.of())).isTrue();
    }

    @Test
    void withoutACacheFolderEveryBuildIsFullAndNothingIsRecorded() throws Exception {
        options = options.cache(Optional.empty());
        build();
        BuildResult again = build();
        assertThat(again.upToDate()).isFalse();
        assertThat(again.timings().get(0).name()).isEqualTo("load");
        assertThat(root.resolve("cache")).doesNotExist();
    }

    @Test
    void twoBuildsIntoTheSameFolderAtOnceLeaveASoundManifest() throws Exception {
        BuildOptions other = new BuildOptions(options.content(), Optional.empty(), root.resolve("other"),
                Optional.empty(), true, options.cache());
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Callable<BuildResult>> builds = List.of(this::build, this::build,
                    () -> UpToDateBuild.build(other, true, CODE));
            for (Future<BuildResult> done : pool.invokeAll(builds)) {
                assertThat(done.get().succeeded()).isTrue();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(skipped(build())).isTrue();
        assertThat(skipped(UpToDateBuild.build(other, true, CODE))).isTrue();
        assertThat(fixture.out().resolve("index.html")).exists();
    }

    private Path manifest() {
        return ManifestStore.of(options.cache().get(), options.out()).file();
    }

    private static void append(Path file, String text) throws IOException {
        Files.writeString(file, Files.readString(file) + text);
    }

    /** Every file below {@code dir} with its size, modification time and inode: what changes when it is written. */
    private static Map<String, String> fileStates(Path dir) throws IOException {
        Map<String, String> states = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.forEach(path -> {
                try {
                    BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
                    states.put(dir.relativize(path).toString(), attributes.size() + " "
                            + attributes.lastModifiedTime() + " " + attributes.fileKey());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return states;
    }
}
