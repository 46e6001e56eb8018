package org.studyguide.scaffold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.studyguide.scaffold.ScaffoldFiles.content;
import static org.studyguide.scaffold.ScaffoldFiles.loadedParts;
import static org.studyguide.scaffold.ScaffoldFiles.read;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code new chapter}: the id is inserted into guide.yml in the list's own style and every other
 * byte stays as it was; the guide then loads with the chapter in the right part.
 */
class NewChapterTest {
    @TempDir
    Path root;

    /** Adds {@code id} and returns guide.yml afterwards, checking that only {@code inserted} was added. */
    private String add(String guideYml, String expected, String id, Optional<String> part, String... existing)
            throws ScaffoldException {
        Path content = content(root, guideYml, existing);
        NewChapter.add(content, id, part, Optional.empty());
        String after = read(content.resolve("guide.yml"));
        assertThat(after).isEqualTo(expected);
        assertThat(content.resolve("chapters/" + id + ".md")).exists();
        return after;
    }

    @Test
    void flowListOnOneLineGetsTheIdBeforeTheBracket() throws ScaffoldException {
        add("""
                title: T
                parts:
                  - title: One
                    chapters: [a, b]
                """, """
                title: T
                parts:
                  - title: One
                    chapters: [a, b, new]
                """, "new", Optional.empty(), "a", "b");
        assertThat(loadedParts(root.resolve("content"))).containsExactly(List.of("a", "b", "new"));
    }

    @Test
    void oddSpacingCommentsAndQuotingAreKept() throws ScaffoldException {
        add("""
                # Table of contents
                title: "T: a guide"   # quoted title
                parts:
                  -   title: 'One'
                      chapters: [ "a" ,  'b' ]    # the readings
                """, """
                # Table of contents
                title: "T: a guide"   # quoted title
                parts:
                  -   title: 'One'
                      chapters: [ "a" ,  'b', 'new' ]    # the readings
                """, "new", Optional.empty(), "a", "b");
        assertThat(loadedParts(root.resolve("content"))).containsExactly(List.of("a", "b", "new"));
    }

    @Test
    void emptyFlowList() throws ScaffoldException {
        add("title: T\nparts:\n  - title: One\n    chapters: []\n",
                "title: T\nparts:\n  - title: One\n    chapters: [new]\n", "new", Optional.empty());
        assertThat(loadedParts(root.resolve("content"))).containsExactly(List.of("new"));
    }

    @Test
    void flowListWithAnItemPerLineGetsANewLine() throws ScaffoldException {
        add("""
                title: T
                parts:
                  - title: One
                    chapters: [
                      a,
                      b    # the last one
                    ]
                """, """
                title: T
                parts:
                  - title: One
                    chapters: [
                      a,
                      b,    # the last one
                      new
                    ]
                """, "new", Optional.empty(), "a", "b");
        assertThat(loadedParts(root.resolve("content"))).containsExactly(List.of("a", "b", "new"));
    }

    @Test
    void flowListWithATrailingCommaKeepsIt() throws ScaffoldException {
        add("""
                title: T
                parts:
                  - title: One
                    chapters: [
                        a,
                        b,
                    ]
                  - title: Two
                    chapters: [c]
                """, """
                title: T
                parts:
                  - title: One
                    chapters: [
                        a,
                        b,
                        new,
                    ]
                  - title: Two
                    chapters: [c]
                """, "new", Optional.of("One"), "a", "b", "c");
        assertThat(loadedParts(root.resolve("content"))).containsExactly(List.of("a", "b", "new"), List.of("c"));
    }

    @Test
    void flowListWrappedOverLinesGetsTheIdAfterTheLastItem() throws ScaffoldException {
        add("""
                title: T
                parts:
                  - title: One
                    chapters: [a, b,
                               c]
                """, """
                title: T
                parts:
                  - title: One
                    chapters: [a, b,
                               c, new]
                """, "new", Optional.empty(), "a", "b", "c");
    }

    @Test
    void blockListGetsALineIndentedAndQuotedLikeItsLastItem() throws ScaffoldException {
        add("""
                title: T
                parts:
                  - title: One
                    chapters:
                      - a
                      - "b"    # quoted
                    # a comment after the list
                  - title: Two   # the last part
                    chapters: [c]
                """, """
                title: T
                parts:
                  - title: One
                    chapters:
                      - a
                      - "b"    # quoted
                      - "new"
                    # a comment after the list
                  - title: Two   # the last part
                    chapters: [c]
                """, "new", Optional.of("1"), "a", "b", "c");
        assertThat(loadedParts(root.resolve("content"))).containsExactly(List.of("a", "b", "new"), List.of("c"));
    }

    @Test
    void indentlessBlockListAtTheEndOfAFileWithoutFinalLineBreak() throws ScaffoldException {
        add("title: T\nparts:\n- title: One\n  chapters:\n  - a\n  -   b",
                "title: T\nparts:\n- title: One\n  chapters:\n  - a\n  -   b\n  -   new", "new", Optional.empty(), "a", "b");
        assertThat(loadedParts(root.resolve("content"))).containsExactly(List.of("a", "b", "new"));
    }

    @Test
    void windowsLineBreaksAndAByteOrderMarkAreKept() throws ScaffoldException {
        add("\uFEFFtitle: T\r\nparts:\r\n  - title: One\r\n    chapters:\r\n      - a\r\n",
                "\uFEFFtitle: T\r\nparts:\r\n  - title: One\r\n    chapters:\r\n      - a\r\n      - new\r\n",
                "new", Optional.empty(), "a");
        assertThat(loadedParts(root.resolve("content"))).containsExactly(List.of("a", "new"));
    }

    @Test
    void aPartWithoutChaptersGetsAChaptersLine() throws ScaffoldException {
        add("""
                title: T
                parts:
                  - title: One
                    chapters: [a]
                  - title: |
                      Two
                """, """
                title: T
                parts:
                  - title: One
                    chapters: [a]
                  - title: |
                      Two
                    chapters: [new]
                """, "new", Optional.empty(), "a");
        assertThat(loadedParts(root.resolve("content"))).containsExactly(List.of("a"), List.of("new"));
    }

    @Test
    void theChapterFileHasATitleFromTheIdAndValidPlaceholders() throws ScaffoldException {
        Path content = content(root, "title: T\nparts:\n  - title: One\n    chapters: [a]\n", "a");
        NewChapter.Added added = NewChapter.add(content, "arms_control-2", Optional.empty(), Optional.empty());
        assertThat(added.part()).isEqualTo("One");
        assertThat(added.listedAt().line()).isEqualTo(4);
        assertThat(added.listedAt().column()).isEqualTo(19);
        String chapter = read(content.resolve("chapters/arms_control-2.md"));
        assertThat(chapter).contains("\ntitle: Arms control 2\n", "\nsummary: Draft summary", "  - question: Draft");
        NewChapter.add(content, "second", Optional.empty(), Optional.of("Rome: 2013, \"mid-term\""));
        assertThat(read(content.resolve("chapters/second.md"))).contains("\ntitle: \"Rome: 2013, \\\"mid-term\\\"\"\n");
        assertThat(loadedParts(content)).containsExactly(List.of("a", "arms_control-2", "second"));
    }

    @Test
    void theRealGuideYmlChangesOnlyOnTheChosenPartsLine() throws Exception {
        Path real = Path.of(System.getProperty("project.basedir", ".")).resolve("content");
        Path content = root.resolve("content");
        ScaffoldFiles.copy(real, content);
        String before = read(content.resolve("guide.yml"));
        NewChapter.add(content, "sanctions", Optional.of("Themes"), Optional.empty());
        List<String> old = before.lines().toList();
        List<String> now = read(content.resolve("guide.yml")).lines().toList();
        assertThat(now).hasSameSizeAs(old);
        int changed = 0;
        for (int i = 0; i < old.size(); i++) {
            if (!old.get(i).equals(now.get(i))) {
                changed++;
                assertThat(now.get(i)).isEqualTo(old.get(i).replace("beyond-europe]", "beyond-europe, sanctions]"));
            }
        }
        assertThat(changed).isEqualTo(1);
        List<List<String>> parts = loadedParts(content);
        assertThat(parts.get(1)).endsWith("beyond-europe", "sanctions");
        assertThat(parts.get(2)).containsExactly("comparing-perspectives");
    }
}
