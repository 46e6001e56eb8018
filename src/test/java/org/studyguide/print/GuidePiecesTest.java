package org.studyguide.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studyguide.testing.BuiltGuide;
import org.studyguide.testing.GuideFixture;

/**
 * The whole guide's PDF, laid out in pieces and joined, reads as one document: its pages are
 * numbered through, its contents give the pages the chapters start on, and its links between
 * chapters and to the appendix land on the page of their target.
 */
class GuidePiecesTest {
    private static final Pattern FOOT = Pattern.compile("(\\d+) / (\\d+)$");

    @TempDir
    static Path root;

    private static BuiltGuide built;
    private static PdfFile guide;

    @BeforeAll
    static void build() {
        built = GuideFixture.in(root).build().assertClean();
        guide = PdfFile.read(built.out().resolve("pdf/guide.pdf"));
    }

    /** A link of the joined PDF: the page it is on, and the page it goes to or the address it opens. */
    private record Link(int page, int target, String uri) {
    }

    private static List<Link> links() throws IOException {
        List<Link> links = new ArrayList<>();
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(built.out().resolve("pdf/guide.pdf")))) {
            for (int i = 0; i < pdf.getNumberOfPages(); i++) {
                for (PDAnnotation annotation : pdf.getPage(i).getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink link) {
                        if (link.getAction() instanceof PDActionURI uri) {
                            links.add(new Link(i, -1, uri.getURI()));
                        } else if (link.getAction() instanceof PDActionGoTo go
                                && go.getDestination() instanceof PDPageDestination destination) {
                            PDPage target = destination.getPage();
                            links.add(new Link(i, pdf.getPages().indexOf(target), ""));
                        } else {
                            links.add(new Link(i, -1, ""));
                        }
                    }
                }
            }
        }
        return links;
    }

    /** The first page after the contents (the title page and the contents' page) that shows {@code text}. */
    private static int startOf(String text) {
        List<String> pages = guide.pageTexts();
        for (int i = 2; i < pages.size(); i++) {
            if (pages.get(i).contains(text)) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void everyPageButTheTitlePageIsNumberedThroughTheWholeDocument() {
        List<String> pages = guide.pageTexts();
        assertThat(pages.get(0)).doesNotContainPattern("\\d+ / \\d+");
        for (int i = 1; i < pages.size(); i++) {
            Matcher foot = FOOT.matcher(pages.get(i));
            assertThat(foot.find()).as("page %d: %s", i + 1, pages.get(i)).isTrue();
            assertThat(foot.group(1)).isEqualTo(Integer.toString(i + 1));
            assertThat(foot.group(2)).isEqualTo(Integer.toString(pages.size()));
        }
    }

    @Test
    void theContentsGiveThePageEachChapterAndTheAppendixStartsOn() {
        Matcher contents = Pattern.compile("(First chapter|Second chapter|Appendix: glossary and readings)[ .]*(\\d+)")
                .matcher(guide.pageTexts().get(1));
        int found = 0;
        while (contents.find()) {
            int page = Integer.parseInt(contents.group(2));
            assertThat(page - 1).as(contents.group(1)).isEqualTo(startOf(contents.group(1)));
            found++;
        }
        assertThat(found).isEqualTo(3);
    }

    @Test
    void linksBetweenPiecesLandOnTheirTargetsPage() throws IOException {
        List<Link> links = links();
        assertThat(links).isNotEmpty().noneMatch(link -> link.uri().startsWith(PdfPieces.LINK_MARK))
                .allMatch(link -> link.target() >= 0 || link.uri().startsWith("https://"));
        int appendix = startOf("Appendix: glossary and readings");
        int second = startOf("Second chapter");
        // the contents link to both chapters, the chapters' terms to the glossary in the appendix
        assertThat(links).anyMatch(link -> link.page() == 1 && link.target() == second)
                .anyMatch(link -> link.page() > 1 && link.page() < appendix && link.target() >= appendix);
    }

    @Test
    void theJoinedDocumentKeepsItsBookmarksAndTitle() {
        assertThat(guide.bookmarks()).startsWith("Contents", "Part I: Readings", "First chapter");
        assertThat(guide.title()).isEqualTo("Test guide");
        assertThat(guide.fonts()).noneMatch(font -> font.endsWith("(not embedded)"));
    }
}
