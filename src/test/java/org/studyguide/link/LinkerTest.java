package org.studyguide.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studyguide.diag.Diagnostics;
import org.studyguide.load.ContentLoader;
import org.studyguide.model.ItemId;
import org.studyguide.model.Ref;
import org.studyguide.testing.GuideFixture;

/** The link stage: uses in order of first use, backlinks with chapters first, and quiet cascades. */
class LinkerTest {
    @TempDir
    Path root;

    private LinkedGuide link(GuideFixture fixture, Diagnostics diagnostics) {
        fixture.writeFiles();
        return Linker.link(ContentLoader.load(fixture.content(), diagnostics).orElseThrow(), diagnostics);
    }

    private static ItemId id(Ref.Kind kind, String id) {
        return new ItemId(kind, id);
    }

    @Test
    void aChapterUsesItemsInTheOrderItFirstMentionsThem() {
        Diagnostics diagnostics = new Diagnostics();
        LinkedGuide linked = link(GuideFixture.in(root), diagnostics);
        assertThat(diagnostics.sorted()).isEmpty();
        assertThat(linked.usesOf(id(Ref.Kind.CHAPTER, "first"))).containsExactly(
                id(Ref.Kind.TERM, "NRC"), id(Ref.Kind.TERM, "PJC"), id(Ref.Kind.QUOTE, "first-quote"),
                id(Ref.Kind.EVENT, "council-2002"), id(Ref.Kind.CHAPTER, "second"), id(Ref.Kind.SOURCE, "reading-a"));
    }

    @Test
    void backlinksListChaptersInReadingOrderThenEntries() {
        LinkedGuide linked = link(GuideFixture.in(root), new Diagnostics());
        assertThat(linked.backlinksOf(id(Ref.Kind.TERM, "PJC"))).containsExactly(
                id(Ref.Kind.CHAPTER, "first"), id(Ref.Kind.CHAPTER, "second"), id(Ref.Kind.TERM, "NRC"),
                id(Ref.Kind.QUOTE, "second-quote"), id(Ref.Kind.EVENT, "act-1997"));
        assertThat(linked.backlinksOf(id(Ref.Kind.SOURCE, "reading-a"))).startsWith(
                id(Ref.Kind.CHAPTER, "first"), id(Ref.Kind.CHAPTER, "second"));
    }

    @Test
    void withoutACacheTheTextsLetTheirReferencesGoOnceResolvedAndWithOneKeepThemToBeStored() {
        LinkedGuide linked = link(GuideFixture.in(root), new Diagnostics());
        assertThat(linked.documents().values()).isNotEmpty().allSatisfy(text -> assertThat(text.uses()).isEmpty());
        assertThat(linked.usesOf(id(Ref.Kind.CHAPTER, "first"))).contains(id(Ref.Kind.TERM, "NRC"));

        Diagnostics diagnostics = new Diagnostics();
        LinkedGuide cached = Linker.link(ContentLoader.load(GuideFixture.in(root).content(), diagnostics).orElseThrow(),
                diagnostics, ParsedTexts.once(Optional.of(root.resolve("cache")), true));
        assertThat(cached.documents().values()).anySatisfy(text -> assertThat(text.uses())
                .anySatisfy(use -> assertThat(use.ref().id()).isEqualTo("NRC")));
        assertThat(cached.usesOf(id(Ref.Kind.CHAPTER, "first"))).isEqualTo(linked.usesOf(id(Ref.Kind.CHAPTER, "first")));
    }

    @Test
    void referencesToAKindWhoseFileFailedAreNotReportedAgain() {
        Diagnostics diagnostics = new Diagnostics();
        link(GuideFixture.in(root).file("sources.yml", "- id: [broken\n"), diagnostics);
        assertThat(diagnostics.sorted()).singleElement()
                .satisfies(d -> assertThat(d.message()).isEqualTo("the '[' here is never closed"));
    }

    @Test
    void aSpellingClaimedByTwoTermsIsAnError() {
        Diagnostics diagnostics = new Diagnostics();
        link(GuideFixture.in(root).file("glossary.yml", GuideFixture.GLOSSARY + """
                - id: NRC2
                  term: NRC
                  expansion: Another council
                  definition: Clash.
                """), diagnostics);
        assertThat(diagnostics.sorted()).anySatisfy(d ->
                assertThat(d.message()).isEqualTo("'NRC' is a spelling of both 'NRC' and 'NRC2'"));
    }
}
