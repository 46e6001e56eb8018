package org.studyguide.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studyguide.print.PrintPage;
import org.studyguide.testing.BuiltGuide;
import org.studyguide.testing.GeneratedGuide;
import org.studyguide.testing.GuideFixture;

/**
 * A guide of more than {@value PrintPage#ONE_PAGE_UP_TO} chapters prints one page per part, and
 * {@code print.html} becomes the contents that link to them; a smaller guide keeps one print page.
 */
class PrintPerPartTest {
    private static final int PART_SIZE = 40;

    @TempDir
    Path root;

    private BuiltGuide twoParts() {
        // Chapter 1 links to a chapter of its own part and to one of the other part.
        return GeneratedGuide.of(root, 2 * PART_SIZE, PART_SIZE)
                .file("chapters/c0001.md", GeneratedGuide.chapter(1, "See [[chapter:c0002]] and [[chapter:c0041]].\n"))
                .file("guide.yml", twoPartsYaml() + "baseUrl: https://example.org/guide/\n")
                .build().assertClean();
    }

    private static String twoPartsYaml() {
        StringBuilder yaml = new StringBuilder("title: Generated guide\nlanguage: en\npdf: false\nparts:\n");
        for (int part = 0; part < 2; part++) {
            yaml.append("  - title: Part ").append(part + 1).append("\n    chapters:\n");
            for (int c = 1; c <= PART_SIZE; c++) {
                yaml.append("      - ").append(GeneratedGuide.id(part * PART_SIZE + c)).append('\n');
            }
        }
        return yaml.toString();
    }

    @Test
    void printHtmlListsThePartsPrintPagesAndHoldsNoChapter() {
        Document print = twoParts().page(PrintPage.FILE);
        assertThat(print.select("article.chapter")).isEmpty();
        assertThat(print.select(".print-contents h3 a").eachAttr("href")).containsExactly("print-1.html", "print-2.html");
        List<String> chapterLinks = print.select(".print-contents li a").eachAttr("href");
        assertThat(chapterLinks).hasSize(2 * PART_SIZE).startsWith("print-1.html#c0001").endsWith("print-2.html#c0080");
        assertThat(print.select(".print-controls button")).isEmpty();
    }

    @Test
    void eachPartPrintsItsOwnChaptersInOrder() {
        BuiltGuide built = twoParts();
        for (int part = 1; part <= 2; part++) {
            Document page = built.page(PrintPage.partFile(part));
            int first = (part - 1) * PART_SIZE + 1;
            assertThat(page.select("article.chapter").eachAttr("id")).containsExactlyElementsOf(
                    IntStream.range(first, first + PART_SIZE).mapToObj(GeneratedGuide::id).toList());
            assertThat(page.select(".print-contents h3").text()).isEqualTo("Part " + (part == 1 ? "I" : "II") + ": Part " + part);
            assertThat(page.select(".print-controls button").text()).isEqualTo("Print this part");
            assertThat(page.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
        }
    }

    @Test
    void linksToAChapterOfTheSamePartStayOnThePageAndOthersGoToTheChapterPage() {
        Element article = twoParts().page(PrintPage.partFile(1)).getElementById("c0001");
        assertThat(article).isNotNull();
        assertThat(article.select(".chapter-body a").eachAttr("href")).contains("#c0002", "chapters/c0041.html");
    }

    @Test
    void theSitemapLeavesThePrintPagesOut() throws IOException {
        String sitemap = Files.readString(twoParts().out().resolve("sitemap.xml"));
        assertThat(sitemap).contains("chapters/c0001.html").doesNotContain("print");
    }

    @Test
    void aSmallGuidePrintsFromOnePage() {
        BuiltGuide built = GuideFixture.in(root).build().assertClean();
        assertThat(built.page(PrintPage.FILE).select("article.chapter")).hasSize(2);
        assertThat(built.out().resolve(PrintPage.partFile(1))).doesNotExist();
    }
}
