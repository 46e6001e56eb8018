package org.studyguide.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.studyguide.build.BuildOptions;
import org.studyguide.build.GuideBuild;
import org.studyguide.build.WarmStages;
import org.studyguide.publish.PublishException;

/**
 * Drives the preview's {@link Rebuilder} through edits and, after each, compares what it serves with
 * a fresh build of the same files: every file byte for byte, and the same diagnostics. A fresh
 * build with errors publishes nothing, so then the served site must still be the last good one. The
 * pages written early (before the rest of the site) must already be the fresh build's pages.
 */
final class FreshComparison {
    private final BuildOptions options;
    private final Rebuilder rebuilder;
    private Map<String, String> lastGood;
    private List<org.studyguide.diag.Diagnostic> diagnostics = List.of();

    FreshComparison(BuildOptions options) throws PublishException {
        this.options = options.pdfs(false);
        this.rebuilder = new Rebuilder(this.options);
        assertThat(rebuilder.buildAll().succeeded()).as("the first build").isTrue();
        lastGood = served();
    }

    /**
     * Rebuilds after {@code changed} files were saved and compares with a fresh build.
     *
     * @param what the edit, for messages
     * @return the pages written early, before the rest of the site
     */
    List<String> rebuilt(String what, Set<Path> changed) throws PublishException {
        Map<String, String> earlyPages = new TreeMap<>();
        List<String> early = new ArrayList<>();
        Outcome outcome = rebuilder.rebuild(changed, () -> true, written -> {
            early.addAll(written.written());
            written.written().forEach(path -> earlyPages.put(path, read(options.out().resolve(path))));
        }).orElseThrow();
        GuideBuild.InMemory fresh = GuideBuild.inMemory(options, WarmStages.of(options.templates()));
        assertThat(outcome.diagnostics()).as("diagnostics after " + what).isEqualTo(fresh.result().diagnostics());
        diagnostics = outcome.diagnostics();
        Map<String, String> expected = fresh.site().map(FreshComparison::texts).orElse(lastGood);
        assertSame(what, served(), expected);
        earlyPages.forEach((path, text) -> assertThat(text).as("early page " + path + " after " + what)
                .isEqualTo(expected.get(path)));
        if (!early.isEmpty()) {
            assertThat(early).as("the chapter pages changed by " + what + " were all written early")
                    .containsAll(changedChapterPages(lastGood, expected));
        }
        lastGood = expected;
        return List.copyOf(early);
    }

    /**
     * Rebuilds after {@code changed} files were saved while the watcher says that more changes
     * came meanwhile, and checks that nothing was written: the last good site is still served.
     */
    void unsettled(String what, Set<Path> changed) throws PublishException {
        List<String> early = new ArrayList<>();
        assertThat(rebuilder.rebuild(changed, () -> false, written -> early.addAll(written.written())))
                .as("the outcome of " + what).isEmpty();
        assertThat(early).as("pages written early by " + what).isEmpty();
        assertSame(what, served(), lastGood);
    }

    /** The diagnostics of the last rebuild. */
    List<org.studyguide.diag.Diagnostic> diagnostics() {
        return diagnostics;
    }

    private static List<String> changedChapterPages(Map<String, String> before, Map<String, String> after) {
        return after.keySet().stream().filter(path -> path.startsWith("chapters/") && path.endsWith(".html"))
                .filter(path -> !after.get(path).equals(before.get(path))).toList();
    }

    private static void assertSame(String what, Map<String, String> served, Map<String, String> expected) {
        assertThat(served.keySet()).as("files served after " + what).isEqualTo(expected.keySet());
        for (String path : expected.keySet()) {
            assertThat(served.get(path)).as(path + " after " + what).isEqualTo(expected.get(path));
        }
    }

    /** The files in the output folder (without the folder's marker), as text for readable differences. */
    private Map<String, String> served() {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(options.out())) {
            walk.filter(Files::isRegularFile).forEach(file -> {
                String path = options.out().relativize(file).toString().replace('\\', '/');
                if (!path.equals(".studyguide")) {
                    files.put(path, read(file));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static Map<String, String> texts(org.studyguide.render.SiteFiles site) {
        Map<String, String> files = new TreeMap<>();
        site.files().forEach((path, bytes) -> files.put(path, latin1(bytes)));
        return files;
    }

    /** Bytes as ISO-8859-1 text: one char per byte, so equal texts mean equal bytes. */
    private static String latin1(byte[] bytes) {
        return new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    private static String read(Path file) {
        try {
            return latin1(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
