package org.studyguide.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studyguide.cache.ContentCache;
import org.studyguide.diag.Diagnostic;
import org.studyguide.publish.PublishException;
import org.studyguide.testing.BuiltGuide;
import org.studyguide.testing.GuideFixture;

/**
 * Finished pages in the content cache: a build with the cache, cold or warm, publishes exactly what
 * a build without it does; only a changed page is passed again; the site-wide checks still see every
 * page, from a cached page's stored summary; and a damaged entry is ignored and replaced.
 */
class PageCacheTest {
    /** A template-written link into the second chapter, whose place is found by reading the page again. */
    private static final String NOT_FOUND = """
            <#import "layout.ftlh" as layout>
            <@layout.page title=page.title>
            <p>Lost? Try <a href="chapters/second.html#later">the second chapter</a>.</p>
            </@layout.page>
            """;

    @TempDir
    Path root;

    @Test
    void coldAndWarmBuildsWithTheCacheEqualABuildWithout() {
        GuideFixture fixture = GuideFixture.in(root).template("404.ftlh", NOT_FOUND);
        SortedMap<String, String> without = build(fixture, Optional.empty()).files;

        Built cold = build(fixture, Optional.of(cache()));
        Built warm = build(fixture, Optional.of(cache()));

        int pages = cold.result.pages();
        assertThat(cold.render()).isEqualTo("0 from the cache, " + pages + " passed, " + pages + " rendered");
        // Even the print page, known by its model and the articles that go into it.
        assertThat(warm.render()).isEqualTo(pages + " from the cache, 0 passed, 0 rendered");
        assertThat(cold.bodies()).isEqualTo("0 chapter bodies from the cache, 2 parsed");
        assertThat(warm.bodies()).isEqualTo("2 chapter bodies from the cache, 0 parsed");
        assertThat(cold.files).isEqualTo(without);
        assertThat(warm.files).isEqualTo(without);
    }

    @Test
    void anEditedChapterPassesOnlyItsPageAndThePrintPageAgain() {
        GuideFixture fixture = GuideFixture.in(root);
        build(fixture, Optional.of(cache()));
        fixture.file("chapters/second.md", GuideFixture.SECOND + "\nA sentence added.\n");

        Built edited = build(fixture, Optional.of(cache()));

        // The chapter's page and print.html, which holds its article, changed; no other page did.
        assertThat(edited.render()).isEqualTo((edited.result.pages() - 2) + " from the cache, 2 passed, 2 rendered");
        assertThat(edited.files).isEqualTo(build(fixture, Optional.empty()).files);
        assertThat(edited.files.get("chapters/second.html")).contains("A sentence added.");
    }

    @Test
    void aLargeGuidesEditedChapterPassesOnlyItsPageAndItsPartsPrintPageAgain() {
        // Over 60 chapters, each part gets a print page of its own, which print.html lists.
        GuideFixture fixture = GuideFixture.in(root);
        StringBuilder ids = new StringBuilder("first");
        for (int i = 1; i <= 60; i++) {
            ids.append(", extra-").append(i);
            fixture.file("chapters/extra-" + i + ".md", GuideFixture.SECOND.replace("Second chapter", "Extra " + i)
                    .replace("## Later", "## Extra section " + i));
        }
        fixture.file("guide.yml", GuideFixture.GUIDE.replace("chapters: [first]", "chapters: [" + ids + "]"));
        build(fixture, Optional.of(cache())).assertClean();
        fixture.file("chapters/extra-7.md", GuideFixture.SECOND.replace("Second chapter", "Extra 7")
                .replace("## Later", "## Extra section 7") + "\nA sentence added.\n");

        Built edited = build(fixture, Optional.of(cache()));

        assertThat(edited.files).containsKeys("print-1.html", "print-2.html", "print.html");
        // The chapter's page and print-1.html, which holds its article; not print-2.html nor print.html.
        assertThat(edited.render()).isEqualTo((edited.result.pages() - 2) + " from the cache, 2 passed, 2 rendered");
        // Only the edited chapter's body is parsed: 62 chapters, the other 61 views from the cache.
        assertThat(edited.bodies()).isEqualTo("61 chapter bodies from the cache, 1 parsed");
        assertThat(edited.files).isEqualTo(build(fixture, Optional.empty()).files);
        assertThat(edited.files.get("print-1.html")).contains("A sentence added.");
    }

    @Test
    void editsThatOtherPagesShowRenderThosePagesAgain() throws IOException {
        GuideFixture fixture = GuideFixture.in(root).template("404.ftlh", NOT_FOUND)
                .file("guide.yml", GuideFixture.GUIDE.replace("chapters: [second]", "chapters: [second, third]"))
                .file("chapters/third.md", GuideFixture.SECOND.replace("Second chapter", "Third chapter"));
        build(fixture, Optional.of(cache())).assertClean();
        // Each shown on pages other than the file edited: in the navigation of every page, in the
        // glossary's and chapters' abbreviations and margin notes, by a template, by the parts' lists.
        List<Runnable> edits = List.of(
                () -> fixture.file("chapters/second.md", GuideFixture.SECOND.replace("title: Second chapter",
                        "title: Renamed")),
                () -> fixture.file("glossary.yml", GuideFixture.GLOSSARY.replace("NATO-Russia Council",
                        "NATO–Russia Council")),
                () -> fixture.template("404.ftlh", NOT_FOUND.replace("Lost?", "Lost here?")),
                () -> fixture.file("guide.yml", GuideFixture.GUIDE).without("chapters/third.md"));
        for (Runnable edit : edits) {
            edit.run();
            Files.deleteIfExists(fixture.content().resolve("chapters/third.md"));
            Built cached = build(fixture, Optional.of(cache()));
            Built fresh = build(fixture, Optional.empty());

            assertThat(cached.result.diagnostics()).isEqualTo(fresh.result.diagnostics());
            assertThat(cached.files).isEqualTo(fresh.files);
        }
    }

    @Test
    void editsThatChapterBodiesShowParseThoseBodiesAgainAndGiveTheSameSiteAsABuildWithout() throws IOException {
        String chapterTemplate = Files.readString(Path.of("templates/chapter.ftlh"));
        GuideFixture fixture = GuideFixture.in(root).template("chapter.ftlh", chapterTemplate);
        build(fixture, Optional.of(cache())).assertClean();
        // Each edit, with how many of the two chapters' bodies must be parsed again after it.
        List<Map.Entry<String, Runnable>> edits = List.of(
                Map.entry("0 parsed", () -> { }),
                Map.entry("1 parsed", () -> fixture.file("chapters/second.md", GuideFixture.SECOND
                        + "\nA sentence added.\n")),
                // The first chapter's abbreviations and their margin note show the NRC's expansion.
                Map.entry("1 parsed", () -> fixture.file("glossary.yml", GuideFixture.GLOSSARY.replace(
                        "NATO-Russia Council", "NATO–Russia Council"))),
                Map.entry("0 parsed", () -> fixture.file("glossary.yml", GuideFixture.GLOSSARY.replace(
                        "The council founded in 2002", "The council set up in 2002"))),
                // The first chapter embeds the first quotation, whose context line is its margin note.
                Map.entry("1 parsed", () -> fixture.file("quotes.yml", GuideFixture.QUOTES.replace(
                        "On how often the council met.", "On how *often* the council met."))),
                // A title in the first chapter's link to the next (and in the second chapter's search entries).
                Map.entry("1 parsed", () -> fixture.file("chapters/second.md", GuideFixture.SECOND.replace(
                        "title: Second chapter", "title: Renamed"))),
                // Every chapter page renders again, each with its body's tree parsed from its kept view.
                Map.entry("0 parsed", () -> fixture.template("chapter.ftlh", chapterTemplate.replace(
                        "<div class=\"chapter-body\">", "<div class=\"chapter-body\" data-edited=\"yes\">"))));
        for (Map.Entry<String, Runnable> edit : edits) {
            edit.getValue().run();
            Built cached = build(fixture, Optional.of(cache()));
            Built fresh = build(fixture, Optional.empty());

            assertThat(cached.bodies()).as(edit.getKey()).endsWith(edit.getKey());
            assertThat(cached.result.diagnostics()).isEqualTo(fresh.result.diagnostics());
            assertThat(cached.files).isEqualTo(fresh.files);
        }
    }

    @Test
    void pagesOfTemplatesThatMayShowWhatIsNotInTheirModelAreRenderedInEveryBuild() throws IOException {
        // The clock however it is spelt, code made at run time, and a template read in another encoding.
        for (String line : List.of("<p>${. <#-- the time --> now?long}</p>", "<p>${\"1 + 1\" ?eval}</p>",
                "<#assign two = \"${1 + 1}\"?interpret>", "<#-- read as encoding UTF-8 -->")) {
            GuideFixture fixture = GuideFixture.in(root).template("404.ftlh", NOT_FOUND.replace("</@layout.page>",
                    line + "\n</@layout.page>"));
            build(fixture, Optional.of(cache())).assertClean();

            Built again = build(fixture, Optional.of(cache()));

            // Every template ran again; only pages whose output was kept came from the cache.
            assertThat(again.render()).as(line).endsWith(", " + again.result.pages() + " rendered");
            assertThat(again.files).as(line).containsKey("404.html");
        }
    }

    @Test
    void aLinkFromACachedPageToAnAnchorAnotherPageLostIsReportedWhereItWasWritten() {
        GuideFixture fixture = GuideFixture.in(root).template("404.ftlh", NOT_FOUND)
                .file("chapters/first.md", GuideFixture.FIRST + "\nRead [the later part](second.html#later).\n");
        build(fixture, Optional.of(cache())).assertClean();
        fixture.file("chapters/second.md", GuideFixture.SECOND.replace("## Later", "## Afterwards"));

        Built cached = build(fixture, Optional.of(cache()));
        List<Diagnostic> fresh = build(fixture, Optional.empty()).result.diagnostics();

        // first.html and 404.html came from the cache; their links were checked against the new page.
        assertThat(cached.render()).isEqualTo((cached.result.pages() - 2) + " from the cache, 2 passed, 2 rendered");
        assertThat(cached.result.diagnostics()).isEqualTo(fresh);
        assertThat(cached.result.diagnostics()).extracting(d -> BuiltGuide.where(root, d)).containsExactlyInAnyOrder(
                "content/chapters/first.md:" + (GuideFixture.FIRST.lines().count() + 2) + ":6",
                "templates/404.ftlh:3:23");
        assertThat(cached.result.diagnostics()).allSatisfy(d -> assertThat(d.message())
                .contains("no element with id 'later'"));
    }

    @Test
    void damagedEntriesAreIgnoredAndReplaced() throws IOException {
        GuideFixture fixture = GuideFixture.in(root).template("404.ftlh", NOT_FOUND);
        SortedMap<String, String> without = build(fixture, Optional.empty()).files;
        build(fixture, Optional.of(cache()));
        List<Path> entries = entries();
        ContentCache store = ContentCache.in(cache(), true);
        // Each entry is sound as the content cache sees it (its key and checksum are right), but what
        // it holds is cut short, or garbage, or empty: a page entry must be read with as much care.
        for (int i = 0; i < entries.size(); i++) {
            byte[] key = HexFormat.of().parseHex(entries.get(i).getFileName().toString().replace(".entry", ""));
            byte[] value = store.get(key).orElseThrow();
            byte[] damaged = switch (i % 4) {
                case 0 -> java.util.Arrays.copyOf(value, value.length / 2);
                case 1 -> java.util.Arrays.copyOf(value, value.length - 1);
                case 2 -> "not a page at all".getBytes(StandardCharsets.UTF_8);
                default -> new byte[0];
            };
            store.put(key, damaged);
        }

        Built afterDamage = build(fixture, Optional.of(cache()));
        Built repaired = build(fixture, Optional.of(cache()));

        assertThat(afterDamage.render()).isEqualTo("0 from the cache, " + afterDamage.result.pages() + " passed, "
                + afterDamage.result.pages() + " rendered");
        assertThat(afterDamage.bodies()).isEqualTo("0 chapter bodies from the cache, 2 parsed");
        assertThat(afterDamage.files).isEqualTo(without);
        assertThat(repaired.bodies()).isEqualTo("2 chapter bodies from the cache, 0 parsed");
        assertThat(repaired.render()).isEqualTo(repaired.result.pages() + " from the cache, 0 passed, 0 rendered");
        assertThat(repaired.files).isEqualTo(without);
    }

    @Test
    void checkReadsPagesFromTheCacheButWritesNone() {
        GuideFixture fixture = GuideFixture.in(root).writeFiles();
        BuildOptions options = fixture.options().pdfs(false).cache(Optional.of(cache()));
        BuildResult first = GuideBuild.check(options);
        assertThat(cache()).doesNotExist();
        build(fixture, Optional.of(cache()));

        BuildResult again = GuideBuild.check(options);

        assertThat(render(again)).isEqualTo(again.pages() + " from the cache, 0 passed, 0 rendered");
        assertThat(again.diagnostics()).isEqualTo(first.diagnostics());
    }

    private Path cache() {
        return root.resolve("page-cache");
    }

    private List<Path> entries() throws IOException {
        try (Stream<Path> files = Files.list(cache())) {
            return files.filter(f -> f.toString().endsWith(".entry")).sorted().toList();
        }
    }

    /** Builds without PDFs (each with or without the cache folder given) and reads the site back. */
    private static Built build(GuideFixture fixture, Optional<Path> cache) {
        fixture.writeFiles();
        try {
            BuildResult result = GuideBuild.build(fixture.options().pdfs(false).cache(cache));
            return new Built(result, result.published() ? files(fixture.out()) : new TreeMap<>());
        } catch (PublishException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String render(BuildResult result) {
        // The render stage's note on pages (after its note on Markdown texts).
        String detail = result.timings().stream().filter(s -> s.name().equals("render")).findFirst().orElseThrow().detail();
        return detail.substring(detail.lastIndexOf("; ") + 2);
    }

    /** Every file of a site, by path, as text of one char per byte (so byte-for-byte equality). */
    private static SortedMap<String, String> files(Path site) {
        try (Stream<Path> walk = Files.walk(site)) {
            SortedMap<String, String> files = new TreeMap<>();
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(site.relativize(file).toString(),
                        new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A build's result and its published files. */
    private record Built(BuildResult result, SortedMap<String, String> files) {
        String render() {
            return PageCacheTest.render(result);
        }

        /** The render stage's note on chapter bodies (just before its note on pages). */
        String bodies() {
            String detail = result.timings().stream().filter(s -> s.name().equals("render")).findFirst().orElseThrow()
                    .detail();
            String[] notes = detail.split("; ");
            return notes[notes.length - 2];
        }

        Built assertClean() {
            assertThat(result.diagnostics()).isEmpty();
            return this;
        }
    }
}
