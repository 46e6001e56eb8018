package org.studyguide.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.studyguide.diag.Severity;
import org.studyguide.model.Position;
import org.studyguide.testing.GuideFixture;

/**
 * The preview's incremental rebuilds always serve exactly what a fresh build makes, byte for byte,
 * with the same diagnostics: after random sequences of every kind of edit on the fixture guide, and
 * for the pages written early, which must be those of the chapters that show the edit.
 */
class IncrementalRebuildTest {
    @TempDir
    Path root;

    private GuideFixture fixture() throws IOException {
        try (InputStream builtIn = getClass().getClassLoader().getResourceAsStream("org/studyguide/templates/404.ftlh")) {
            return GuideFixture.in(root).template("404.ftlh", new String(builtIn.readAllBytes(), StandardCharsets.UTF_8))
                    .writeFiles();
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void randomEditsServeWhatAFreshBuildMakes(long seed) throws Exception {
        GuideFixture fixture = fixture();
        FreshComparison preview = new FreshComparison(fixture.options());
        GuideEdits edits = new GuideEdits(fixture.content(), fixture.templatesDir(), seed);
        for (int step = 0; step < 12; step++) {
            GuideEdits.Kind kind = edits.anyKind();
            preview.rebuilt("edit " + step + " (" + kind + ", seed " + seed + ")", edits.apply(kind));
        }
    }

    @Test
    void everyKindOfEditInTurnServesWhatAFreshBuildMakes() throws Exception {
        GuideFixture fixture = fixture();
        FreshComparison preview = new FreshComparison(fixture.options());
        GuideEdits edits = new GuideEdits(fixture.content(), fixture.templatesDir(), 7);
        for (GuideEdits.Kind kind : GuideEdits.Kind.values()) {
            preview.rebuilt(kind + " edit", edits.apply(kind));
            preview.rebuilt(kind + " edit again", edits.apply(kind));
        }
    }

    @Test
    void aBodyEditServesItsChapterPageEarly() throws Exception {
        assertThat(earlyAfterSaving("chapters/first.md", GuideFixture.FIRST + "\nA new closing sentence.\n"))
                .containsExactly("chapters/first.html");
    }

    @Test
    void aNewReferenceInAChapterThatAnotherLinksToServesOnlyItsOwnPageEarly() throws Exception {
        assertThat(earlyAfterSaving("chapters/second.md", GuideFixture.SECOND + "\nSee [[term:NRC]] again.\n"))
                .containsExactly("chapters/second.html");
    }

    @Test
    void anEditWhoseBurstOfChangesIsNotOverWritesNothingUntilItIs() throws Exception {
        GuideFixture fixture = fixture();
        FreshComparison preview = new FreshComparison(fixture.options());
        Path first = fixture.content().resolve("chapters/first.md");
        Edits.save(first, "");
        preview.unsettled("a chapter read while it was being written", Set.of(first));
        Edits.save(first, GuideFixture.FIRST + "\nA new closing sentence.\n");
        assertThat(preview.rebuilt("the chapter once written", Set.of(first))).containsExactly("chapters/first.html");
    }

    @Test
    void aTitleEditIsBuiltInFullAsEveryPageShowsIt() throws Exception {
        assertThat(earlyAfterSaving("chapters/first.md",
                GuideFixture.FIRST.replace("title: First chapter", "title: The first chapter"))).isEmpty();
    }

    @Test
    void aReadingsTitleEditServesThePagesOfTheChaptersCitingItEarly() throws Exception {
        assertThat(earlyAfterSaving("sources.yml", GuideFixture.SOURCES.replace("title: Reading A", "title: Reading One")))
                .containsExactly("chapters/first.html", "chapters/second.html");
    }

    @Test
    void aGlossaryEditThatNoChapterPageShowsWritesNothingEarly() throws Exception {
        assertThat(earlyAfterSaving("glossary.yml",
                GuideFixture.GLOSSARY.replace("The council of the Founding Act", "The joint council"))).isEmpty();
    }

    /** Saves one file of the fixture guide after its first build; the pages the rebuild wrote early. */
    private List<String> earlyAfterSaving(String file, String text) throws Exception {
        GuideFixture fixture = fixture();
        FreshComparison preview = new FreshComparison(fixture.options());
        Path path = fixture.content().resolve(file);
        Edits.save(path, text);
        return preview.rebuilt("saving " + file, Set.of(path));
    }

    @Test
    void aNewBrokenReferenceIsReportedAtItsLineAndNothingIsServedEarly() throws Exception {
        GuideFixture fixture = fixture();
        FreshComparison preview = new FreshComparison(fixture.options());
        Path second = fixture.content().resolve("chapters/second.md");
        Edits.save(second, GuideFixture.SECOND + "\nSee [[term:NRX]].\n");

        assertThat(preview.rebuilt("a broken reference", Set.of(second))).isEmpty();
        assertErrorAt(preview, new Position(second, 10, 5), "NRX");
        Edits.save(second, GuideFixture.SECOND + "\nSee [[term:NRC]].\n");
        assertThat(preview.rebuilt("the fix, built in full after a failed build", Set.of(second))).isEmpty();
        Edits.save(second, GuideFixture.SECOND + "\nSee [[term:NRC]] again.\n");
        assertThat(preview.rebuilt("the next edit", Set.of(second))).containsExactly("chapters/second.html");
    }

    @Test
    void aLinkToAMissingAnchorIsReportedAtItsMarkdownLineAndNothingIsServedEarly() throws Exception {
        GuideFixture fixture = fixture();
        FreshComparison preview = new FreshComparison(fixture.options());
        Path second = fixture.content().resolve("chapters/second.md");
        Edits.save(second, GuideFixture.SECOND + "\nSee [the first chapter](first.html#nowhere).\n");

        assertThat(preview.rebuilt("a link to a missing anchor", Set.of(second))).isEmpty();
        assertErrorAt(preview, new Position(second, 10, 5), "nowhere");
    }

    private static void assertErrorAt(FreshComparison preview, Position at, String words) {
        assertThat(preview.diagnostics()).anySatisfy(d -> {
            assertThat(d.severity()).isEqualTo(Severity.ERROR);
            assertThat(d.position()).isEqualTo(at);
            assertThat(d.message()).contains(words);
        });
    }
}
