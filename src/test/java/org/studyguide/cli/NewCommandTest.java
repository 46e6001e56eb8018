package org.studyguide.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code new guide} and {@code new chapter} on the command line: output and exit codes. */
class NewCommandTest {
    @TempDir
    Path root;

    private final ConsoleRun console = new ConsoleRun();

    private int run(String... args) {
        return console.run(args);
    }

    private String stdout() {
        return console.stdout();
    }

    private String stderr() {
        return console.stderr();
    }

    @Test
    void newGuideListsWhatItWroteAndWhatToRunNext() {
        Path dir = root.resolve("my-guide");
        assertThat(run("new", "guide", dir.toString())).isZero();
        assertThat(stdout()).isEqualTo(String.join("\n",
                "Created a new guide in " + dir + ":",
                "  .gitignore",
                "  README.md",
                "  content/chapters/first-steps.md",
                "  content/glossary.yml",
                "  content/guide.yml",
                "  content/people.yml",
                "  content/quotes.yml",
                "  content/sources.yml",
                "  content/timeline.yml",
                "  texts/reading-with-a-purpose.txt",
                "Next:",
                "  cd " + dir,
                "  studyguide build    # builds the site into site/",
                "  studyguide serve    # preview with live reload",
                ""));
        assertThat(stderr()).isEmpty();
    }

    @Test
    void newGuideWithTemplatesSummarisesThem() {
        Path dir = root.resolve("g");
        assertThat(run("new", "guide", dir.toString(), "--with-templates", "--title", "Arms control")).isZero();
        assertThat(stdout()).containsPattern("\n  templates/ \\(\\d+ files: the built-in templates, to customise\\)\n")
                .doesNotContain("templates/layout.ftlh");
        assertThat(dir.resolve("templates/layout.ftlh")).exists();
    }

    @Test
    void newGuideRefusesAFolderInUseWithExitTwo() throws IOException {
        Files.writeString(root.resolve("keep.txt"), "mine");
        assertThat(run("new", "guide", root.toString())).isEqualTo(2);
        assertThat(stderr()).isEqualTo("studyguide: " + root + " is not empty (it holds keep.txt); new guide writes"
                + " only into a new or empty folder, so nothing was written\n");
        assertThat(stdout()).isEmpty();
        assertThat(root.resolve("content")).doesNotExist();
    }

    @Test
    void newChapterSaysWhereItListedTheChapter() {
        Path dir = root.resolve("g");
        run("new", "guide", dir.toString());
        console.forget();
        Path content = dir.resolve("content");
        assertThat(run("new", "chapter", "arms-control", "--content", content.toString(), "--title", "Arms control"))
                .isZero();
        assertThat(stdout()).isEqualTo("Created " + content.resolve("chapters/arms-control.md") + "\n"
                + "Added 'arms-control' to part 'Getting started' at " + content.resolve("guide.yml") + ":21:29\n"
                + "Next: replace its \"Draft\" lines, then run studyguide build\n");
        assertThat(stderr()).isEmpty();
    }

    @Test
    void newChapterPrintsTheDiagnosticAndExitsOneWhenThePartIsUnknown() {
        Path dir = root.resolve("g");
        run("new", "guide", dir.toString());
        Path content = dir.resolve("content");
        assertThat(run("new", "chapter", "x", "--content", content.toString(), "--part", "Getting strated"))
                .isEqualTo(1);
        assertThat(stderr()).isEqualTo(content.resolve("guide.yml") + ":19:1: error: guide.yml has no part titled"
                + " 'Getting strated'\n"
                + " 19 | parts:\n"
                + "    | ^\n"
                + "  hint: did you mean 'Getting started'?\n"
                + "\n"
                + "studyguide: new chapter refused; nothing was written\n");
        assertThat(content.resolve("chapters/x.md")).doesNotExist();
    }

    @Test
    void newChapterWithAMalformedIdExitsTwo() {
        assertThat(run("new", "chapter", "Arms control", "--content", root.toString())).isEqualTo(2);
        assertThat(stderr()).startsWith("studyguide: invalid chapter id 'Arms control': use letters, digits");
    }

    @Test
    void newChapterWithoutAGuideExitsOne() {
        assertThat(run("new", "chapter", "x", "--content", root.resolve("content").toString())).isEqualTo(1);
        assertThat(stderr()).startsWith(root.resolve("content/guide.yml") + ": error: file not found\n");
    }

    @Test
    void newAloneAsksForASubcommand() {
        assertThat(run("new")).isEqualTo(2);
        assertThat(stderr()).contains("missing command: use 'new guide' or 'new chapter'");
        assertThat(run("new", "chapter")).isEqualTo(2);
        assertThat(stderr()).contains("Missing required parameter: 'ID'");
    }
}
