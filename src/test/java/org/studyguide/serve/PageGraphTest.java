package org.studyguide.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studyguide.diag.Diagnostics;
import org.studyguide.link.LinkedGuide;
import org.studyguide.link.Linker;
import org.studyguide.link.ParsedTexts;
import org.studyguide.load.ContentLoader;
import org.studyguide.testing.GuideFixture;

/**
 * The chapter pages an edit is rendered into first: those whose page shows what changed, and no
 * other. The fixture's first chapter links to the second and embeds the first quotation.
 */
class PageGraphTest {
    @TempDir
    Path root;
    /** Shared by both links, as in the preview: the same engine parses both versions. */
    private final ParsedTexts texts = new ParsedTexts();

    @Test
    void aBodyEditOfAChapterThatAnotherLinksToIsShownOnItsOwnPageOnly() throws Exception {
        assertThat(pagesShowing("chapters/second.md", GuideFixture.SECOND + "\nA new closing sentence.\n"))
                .containsExactly("second");
    }

    @Test
    void aNewReferenceInAChapterIsShownOnItsOwnPageOnly() throws Exception {
        assertThat(pagesShowing("chapters/second.md", GuideFixture.SECOND + "\nSee [[term:NRC]] again.\n"))
                .containsExactly("second");
    }

    @Test
    void anEditedQuotationIsShownOnThePageThatEmbedsIt() throws Exception {
        assertThat(pagesShowing("quotes.yml", GuideFixture.QUOTES.replace("On how often", "On how rarely")))
                .containsExactly("first");
    }

    @Test
    void anEditedReadingIsShownOnThePagesOfTheChaptersCitingIt() throws Exception {
        assertThat(pagesShowing("sources.yml", GuideFixture.SOURCES.replace("title: Reading A", "title: Reading One")))
                .containsExactly("first", "second");
    }

    /** The ids of the chapters whose pages show the change made by saving {@code file}. */
    private Set<String> pagesShowing(String file, String text) throws Exception {
        GuideFixture fixture = GuideFixture.in(root).writeFiles();
        LinkedGuide before = link(fixture);
        Edits.save(fixture.content().resolve(file), text);
        LinkedGuide after = link(fixture);
        GuideDiff diff = GuideDiff.between(before, after);
        assertThat(diff.everywhere()).as("a change every page shows").isFalse();
        return PageGraph.chaptersShowing(diff.items(), before, after);
    }

    private LinkedGuide link(GuideFixture fixture) {
        Diagnostics diagnostics = new Diagnostics();
        LinkedGuide linked = Linker.link(ContentLoader.load(fixture.content(), diagnostics).orElseThrow(), diagnostics,
                texts);
        assertThat(diagnostics.hasErrors()).as("errors in " + diagnostics.sorted()).isFalse();
        return linked;
    }
}
