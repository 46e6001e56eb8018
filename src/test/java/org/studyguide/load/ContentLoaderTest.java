package org.studyguide.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studyguide.diag.Diagnostics;
import org.studyguide.model.Chapter;
import org.studyguide.model.Guide;
import org.studyguide.model.Position;
import org.studyguide.model.Ref;
import org.studyguide.model.Term;
import org.studyguide.testing.GuideFixture;

/** The load stage on the fixture guide: what it reads and where it says each thing was written. */
class ContentLoaderTest {
    @TempDir
    Path root;

    private LoadedGuide load(GuideFixture fixture) {
        fixture.writeFiles();
        Diagnostics diagnostics = new Diagnostics();
        LoadedGuide loaded = ContentLoader.load(fixture.content(), diagnostics).orElseThrow();
        assertThat(diagnostics.sorted()).isEmpty();
        return loaded;
    }

    @Test
    void readsTheGuideInOrderWithPositions() {
        GuideFixture fixture = GuideFixture.in(root);
        Guide guide = load(fixture).guide();
        assertThat(guide.info().title()).isEqualTo("Test guide");
        assertThat(guide.parts()).extracting(p -> p.title()).containsExactly("Readings", "Themes");
        Chapter first = guide.chapters().get(0);
        assertThat(first.id()).isEqualTo("first");
        assertThat(first.readings()).extracting(Ref::id).containsExactly("reading-a");
        assertThat(first.readings().get(0).position())
                .isEqualTo(new Position(fixture.content().resolve("chapters/first.md"), 4, 12));
        assertThat(first.body().start()).isEqualTo(new Position(fixture.content().resolve("chapters/first.md"), 11, 1));
        assertThat(first.questions()).singleElement()
                .satisfies(q -> assertThat(q.answer().text()).isEqualTo("A council created in 2002."));
    }

    @Test
    void blockScalarsStartOnTheNextLineAtTheirIndentation() {
        GuideFixture fixture = GuideFixture.in(root);
        Term nrc = load(fixture).guide().terms().get(0);
        assertThat(nrc.definition().start()).isEqualTo(new Position(fixture.content().resolve("glossary.yml"), 4, 5));
        assertThat(nrc.spellings()).containsExactly("NRC");
        assertThat(nrc.expansion()).contains("NATO-Russia Council");
    }

    @Test
    void aFileThatFailsToParseMarksItsKindIncomplete() {
        GuideFixture fixture = GuideFixture.in(root).file("timeline.yml", "- id: [unclosed\n");
        fixture.writeFiles();
        Diagnostics diagnostics = new Diagnostics();
        LoadedGuide loaded = ContentLoader.load(fixture.content(), diagnostics).orElseThrow();
        assertThat(loaded.incomplete()).containsExactly(Ref.Kind.EVENT);
        assertThat(diagnostics.hasErrors()).isTrue();
    }

    @Test
    void aChapterFileMissingFromGuideFileIsAWarning() {
        GuideFixture fixture = GuideFixture.in(root).file("chapters/draft.md", GuideFixture.SECOND).writeFiles();
        Diagnostics diagnostics = new Diagnostics();
        ContentLoader.load(fixture.content(), diagnostics);
        assertThat(diagnostics.sorted()).singleElement().satisfies(d -> {
            assertThat(d.message()).isEqualTo("chapter is not listed in guide.yml, so it is not built");
            assertThat(d.hint()).contains("add 'draft' to a part's chapters in guide.yml");
        });
    }
}
