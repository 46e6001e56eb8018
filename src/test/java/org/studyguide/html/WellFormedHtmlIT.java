package org.studyguide.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studyguide.build.BuildOptions;
import org.studyguide.build.GuideBuild;
import org.studyguide.testing.GeneratedGuide;
import org.studyguide.testing.GuideFixture;

/**
 * The differential test on whole guides: every page's template output and every chapter body that
 * the builds of the real guide, the test fixture's guide and a generated 500-chapter guide parse is
 * either declined by {@link WellFormedHtml} (only those with a table or a form) or built into Jsoup's
 * tree; nearly all are taken; and
 * thousands of fuzzed variants of those pages are declined or parsed as Jsoup does.
 */
class WellFormedHtmlIT {
    private static final Path PROJECT = Path.of(System.getProperty("project.basedir", ".")).toAbsolutePath();
    private static final ConcurrentLinkedQueue<Map.Entry<Boolean, String>> SEEN = new ConcurrentLinkedQueue<>();

    @TempDir
    static Path dir;

    private static final Map<String, List<Map.Entry<Boolean, String>>> INPUTS = new LinkedHashMap<>();

    @BeforeAll
    static void build() throws Exception {
        HtmlTrees.watcher = (page, html) -> SEEN.add(Map.entry(page, html));
        Path real = copyWithoutPdf(PROJECT.resolve("content"), dir.resolve("real"));
        GuideBuild.build(new BuildOptions(real, Optional.of(PROJECT.resolve("templates")), dir.resolve("real-site"),
                Optional.of(PROJECT.resolveSibling("shared").resolve("sources")).filter(Files::isDirectory)));
        collect("real guide");
        GuideFixture.in(dir.resolve("fixture")).build();
        collect("fixture guide");
        GeneratedGuide.of(dir.resolve("generated"), 500, 20).build();
        collect("generated guide");
    }

    @AfterAll
    static void stopWatching() {
        HtmlTrees.watcher = null;
    }

    private static void collect(String guide) {
        List<Map.Entry<Boolean, String>> inputs = new ArrayList<>();
        for (Map.Entry<Boolean, String> input; (input = SEEN.poll()) != null; ) {
            inputs.add(input);
        }
        // In a fixed order (the build parses in parallel), so that the fuzzer's cases are the same each run.
        inputs.sort(Map.Entry.<Boolean, String>comparingByKey().thenComparing(Map.Entry.comparingByValue()));
        INPUTS.put(guide, inputs);
    }

    private static Path copyWithoutPdf(Path content, Path copy) throws IOException {
        try (Stream<Path> files = Files.walk(content)) {
            for (Path file : files.toList()) {
                Path target = copy.resolve(content.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        Path guide = copy.resolve("guide.yml");
        Files.writeString(guide, Files.readString(guide).replaceFirst("(?m)^pdf:.*\n", "") + "pdf: false\n");
        return copy;
    }

    @Test
    void everyPageAndBodyIsTakenAsJsoupParsesItNearlyAlways() {
        for (Map.Entry<String, List<Map.Entry<Boolean, String>>> guide : INPUTS.entrySet()) {
            int pages = 0;
            int pagesTaken = 0;
            int bodies = 0;
            int bodiesTaken = 0;
            for (Map.Entry<Boolean, String> input : guide.getValue()) {
                boolean taken = SameTree.check(input.getKey(), input.getValue());
                // Declined only for what the builder leaves to Jsoup by design: a table or a form.
                assertThat(taken || input.getValue().contains("<table") || input.getValue().contains("<form"))
                        .as("declined without a table or a form: %s", input.getValue()).isTrue();
                if (input.getKey()) {
                    pages++;
                    pagesTaken += taken ? 1 : 0;
                } else {
                    bodies++;
                    bodiesTaken += taken ? 1 : 0;
                }
            }
            System.out.printf("%s: %d of %d pages and %d of %d bodies on the fast path%n", guide.getKey(),
                    pagesTaken, pages, bodiesTaken, bodies);
            assertThat(pages).as(guide.getKey()).isGreaterThan(10);
            assertThat(pagesTaken).as("pages taken, " + guide.getKey()).isGreaterThanOrEqualTo(pages * 85 / 100);
            assertThat(bodiesTaken).as("bodies taken, " + guide.getKey()).isGreaterThanOrEqualTo(bodies * 99 / 100);
        }
    }

    @Test
    void fuzzedVariantsOfTheRealPagesAreDeclinedOrParsedAsJsoupDoes() {
        List<Map.Entry<Boolean, String>> real = INPUTS.get("real guide");
        int taken = 0;
        int cases = 0;
        for (long seed = 1; seed <= 6; seed++) {
            HtmlFuzzer fuzzer = new HtmlFuzzer(seed);
            for (int i = 0; i < real.size() && i < 1000; i++) {
                Map.Entry<Boolean, String> input = real.get((int) ((i * 7919L + seed * 104729L) % real.size()));
                taken += SameTree.check(input.getKey(), fuzzer.mutate(input.getValue())) ? 1 : 0;
                taken += SameTree.check(false, fuzzer.nesting(i % 2 == 0)) ? 1 : 0;
                cases += 2;
            }
        }
        System.out.printf("fuzzed: %d of %d variants taken%n", taken, cases);
        assertThat(cases).isGreaterThan(2000);
        assertThat(taken).isGreaterThan(0).isLessThan(cases);
    }
}
