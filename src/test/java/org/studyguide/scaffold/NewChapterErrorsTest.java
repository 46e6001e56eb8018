package org.studyguide.scaffold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.studyguide.scaffold.ScaffoldFiles.content;
import static org.studyguide.scaffold.ScaffoldFiles.tree;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studyguide.diag.Diagnostic;
import org.studyguide.model.Position;

/** {@code new chapter} refuses with an exact diagnostic, and then nothing under content/ has changed. */
class NewChapterErrorsTest {
    private static final String GUIDE = """
            title: T
            parts:
              - title: Readings
                chapters: [a]
              - title: Themes
                chapters:
                  - b
            """;

    @TempDir
    Path root;

    private Path content;
    private Map<String, String> before;

    @BeforeEach
    void writeGuide() {
        content = content(root, GUIDE, "a", "b");
        before = tree(content);
    }

    private ScaffoldException refused(String id, Optional<String> part) {
        ScaffoldException e = catchThrowableOfType(ScaffoldException.class, () -> NewChapter.add(content, id, part, Optional.empty()));
        assertThat(e).as("refused").isNotNull();
        assertThat(tree(content)).as("content after refusing").isEqualTo(before);
        return e;
    }

    private Diagnostic only(ScaffoldException e) {
        assertThat(e.reason()).isEqualTo(ScaffoldException.Reason.GUIDE);
        assertThat(e.diagnostics()).hasSize(1);
        return e.diagnostics().get(0);
    }

    private Position at(int line, int column) {
        return new Position(content.resolve("guide.yml"), line, column);
    }

    @Test
    void aChapterAlreadyListed() {
        Diagnostic d = only(refused("b", Optional.of("Readings")));
        assertThat(d.position()).isEqualTo(at(7, 9));
        assertThat(d.message()).isEqualTo("chapter 'b' is already listed in guide.yml, in part 'Themes'");
        assertThat(d.hint()).contains("choose another id for the new chapter");
    }

    @Test
    void aChapterFileThatExistsButIsNotListed() {
        ScaffoldFiles.write(content.resolve("chapters/draft.md"), "my notes");
        before = tree(content);
        Diagnostic d = only(refused("draft", Optional.empty()));
        assertThat(d.position()).isEqualTo(Position.ofFile(content.resolve("chapters/draft.md")));
        assertThat(d.message()).isEqualTo("a chapter file named 'draft.md' already exists and is not listed in guide.yml");
        assertThat(d.hint()).contains("add 'draft' to a part's chapters in guide.yml yourself, or choose another id");
    }

    @Test
    void malformedIds() {
        ScaffoldException e = refused("Arms control", Optional.empty());
        assertThat(e.reason()).isEqualTo(ScaffoldException.Reason.ARGUMENT);
        assertThat(e.getMessage()).isEqualTo("invalid chapter id 'Arms control': use letters, digits, '.', '_' and '-'"
                + " only, starting with a letter or digit (for example missile-defence)");
        assertThat(refused("-x", Optional.empty()).reason()).isEqualTo(ScaffoldException.Reason.ARGUMENT);
        assertThat(refused("../x", Optional.empty()).reason()).isEqualTo(ScaffoldException.Reason.ARGUMENT);
        assertThat(refused("intro.md", Optional.empty()).getMessage())
                .isEqualTo("chapter id 'intro.md' ends in .md; give the id without it: intro");
    }

    @Test
    void anUnknownPartTitleWithDidYouMean() {
        Diagnostic d = only(refused("c", Optional.of("Themse")));
        assertThat(d.position()).isEqualTo(at(2, 1));
        assertThat(d.message()).isEqualTo("guide.yml has no part titled 'Themse'");
        assertThat(d.hint()).contains("did you mean 'Themes'?");
        assertThat(only(refused("c", Optional.of("Appendix"))).hint()).contains("its parts are 'Readings', 'Themes'");
    }

    @Test
    void aPartNumberOutOfRange() {
        Diagnostic d = only(refused("c", Optional.of("3")));
        assertThat(d.message()).isEqualTo("there is no part 3: guide.yml has 2 parts");
        assertThat(d.hint()).contains("give a number from 1 to 2, or a part's title");
    }

    @Test
    void aMissingGuideYml() {
        ScaffoldException e = catchThrowableOfType(ScaffoldException.class, () -> NewChapter.add(root.resolve("elsewhere"), "c",
                Optional.empty(), Optional.empty()));
        Diagnostic d = only(e);
        assertThat(d.position()).isEqualTo(Position.ofFile(root.resolve("elsewhere/guide.yml")));
        assertThat(d.message()).isEqualTo("file not found");
        assertThat(root.resolve("elsewhere")).doesNotExist();
    }

    @Test
    void invalidYamlIsReportedAtItsPlace() {
        ScaffoldFiles.write(content.resolve("guide.yml"), "title: T\nparts:\n  - title: One\n    chapters: [a\n");
        before = tree(content);
        Diagnostic d = only(refused("c", Optional.empty()));
        assertThat(d.message()).isEqualTo("the '[' here is never closed");
        assertThat(d.position()).as("where the unclosed list starts").isEqualTo(at(4, 15));
    }

    @Test
    void chaptersThatAreNotAList() {
        ScaffoldFiles.write(content.resolve("guide.yml"), "title: T\nparts:\n  - title: One\n    chapters: a\n");
        before = tree(content);
        Diagnostic d = only(refused("c", Optional.empty()));
        assertThat(d.position()).isEqualTo(at(4, 15));
        assertThat(d.message()).isEqualTo("the chapters of part 'One' are not a list");
    }
}
