package org.studyguide.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.studyguide.markdown.MarkdownFixture.MARKDOWN;
import static org.studyguide.markdown.MarkdownFixture.RESOLVER;
import static org.studyguide.markdown.MarkdownFixture.parse;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.studyguide.diag.Diagnostics;
import org.studyguide.load.ContentLoader;
import org.studyguide.model.Chapter;

/**
 * Mentions go through Flexmark's writer as markers and are spliced in after the
 * render ({@link RawSplices}); the HTML must be what the writer makes of the text itself, whatever
 * the writer does around it (indents in callouts and footnotes, spaces at line ends, tabs).
 */
class MarkerSplicingTest {
    private static final List<String> SNIPPETS = List.of(
            "The NRC met the PJC, and NATO said nothing about the matter at all.",
            "Two  spaces  inside,\ttabs\tinside, and a line that ends in two spaces  \nthen a hard break.",
            "Trailing spaces at the end of a line   \nand a soft break\nthen more prose after it, quite long.",
            "> A quotation about the NRC that runs on for a while.\n>\n> > Nested, with the PJC inside it.",
            "> [!NOTE]\n> A callout about the NRC, long enough to be marked.\n> A second line of the callout's prose.",
            "Prose with a footnote[^1] and more prose after it.\n\n[^1]: The note's own text about NATO, long.",
            "- A list item of prose\n  - a nested item about the NRC\n\n1. An ordered item\n2. Another one, longer",
            "| Body of a table | And more |\n|---|---|\n| the NRC in a cell | plain prose cell |",
            "Text with `code spans inside` and *emphasis of words* and **strong words too**.",
            "A [link with prose text](https://example.org) and [[term:NRC]] and [[quote:q1]] in prose.",
            "![[quote:explained-q]]\n\nProse after an embedded quotation, long enough.",
            "<div>Raw HTML block with prose</div>\n\nAnd a paragraph after it, long enough.",
            "    indented code of many words\n\n```\nfenced code of many words\n```",
            "Ending with spaces before the end of the text   ",
            "   Leading spaces at the start of the paragraph, which the parser drops.");

    @Test
    void theSplicedHtmlIsWhatTheWriterMakesOfTheTextItself() {
        for (String text : SNIPPETS) {
            assertSameEitherWay(text);
        }
    }

    @Test
    void theGuidesChaptersRenderTheSameEitherWay() {
        // The chapters' bodies as the build reads them, front matter and all, through the content loader.
        Diagnostics diagnostics = new Diagnostics();
        List<Chapter> chapters = ContentLoader.load(Path.of("content"), diagnostics).orElseThrow().guide().chapters();
        assertThat(chapters).hasSizeGreaterThan(10);
        for (Chapter chapter : chapters) {
            assertSameEitherWay(MARKDOWN.parse(chapter.body(), Optional.empty()));
        }
    }

    private static void assertSameEitherWay(String text) {
        assertSameEitherWay(parse(text));
    }

    private static void assertSameEitherWay(ParsedMarkdown parsed) {
        assertThat(MARKDOWN.render(parsed, RESOLVER, true)).as(parsed.document().getChars().toString())
                .isEqualTo(MARKDOWN.render(parsed, RESOLVER, false));
    }
}
