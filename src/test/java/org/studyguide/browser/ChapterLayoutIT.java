package org.studyguide.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;
import com.microsoft.playwright.options.Media;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The chapter page of the real guide on a wide screen (1366×900), a phone (390×844) and paper:
 * prose on the first screen, the chapter list and "On this page" sticky, the section being read
 * marked, margin notes beside the text without overlapping, hidden on phones, notes in print.
 * Every tab runs under the strict CSP without script errors (RecordedPages).
 */
class ChapterLayoutIT extends RecordedPages {
    private static final String CHAPTER = "chapters/institutions.html";
    private static final int WIDE = 1366;
    private static final int FOLD = 900;

    private Page open(String page, int width, int height) {
        return open(page, new Browser.NewContextOptions().setViewportSize(width, height));
    }

    /** The element's box in the viewport: left, top, right, bottom, width. */
    @SuppressWarnings("unchecked")
    private static Map<String, Number> box(Page page, String selector) {
        return (Map<String, Number>) page.evaluate("s => { const r = document.querySelector(s).getBoundingClientRect();"
                + " return {left: r.left, top: r.top, right: r.right, bottom: r.bottom, width: r.width}; }", selector);
    }

    private static double at(Map<String, Number> box, String edge) {
        return box.get(edge).doubleValue();
    }

    @Test
    void everyChapterShowsItsFirstLinesOfProseOnTheFirstScreen() {
        Page page = open(CHAPTER, WIDE, FOLD);
        @SuppressWarnings("unchecked")
        List<String> chapters = (List<String>) page.evaluate("[...document.querySelectorAll('#chapter-list ol a')].map(a => a.href)");
        assertThat(chapters).hasSizeGreaterThan(10);
        for (String chapter : chapters) {
            page.navigate(chapter);
            Map<String, Number> prose = box(page, ".chapter-body > p");
            double twoLines = 2 * 16 * 1.6;
            assertThat(at(prose, "top") + twoLines).as(chapter + ": the first paragraph's first lines above the fold")
                    .isLessThanOrEqualTo(FOLD);
            assertThat(at(box(page, "nav.page-toc"), "left")).as(chapter + ": 'On this page' beside the text, not above it")
                    .isGreaterThanOrEqualTo(at(prose, "right"));
        }
    }

    @Test
    void theChapterListAndOnThisPageStayInViewAndTheSectionBeingReadIsMarked() {
        Page page = open(CHAPTER, WIDE, FOLD);
        assertThat(page.locator("nav.page-toc a[aria-current]").count()).as("nothing marked above the first section").isZero();
        @SuppressWarnings("unchecked")
        List<String> ids = (List<String>) page.evaluate("[...document.querySelectorAll('.chapter-body > h2[id]')].map(h => h.id)");
        for (String id : List.of(ids.get(3), ids.get(1), ids.get(ids.size() - 1))) {
            page.locator("#" + id).evaluate("h => h.scrollIntoView()");
            page.locator("nav.page-toc a[aria-current='location'][href='#" + id + "']").waitFor();
            assertThat(page.locator("nav.page-toc a[aria-current]").count()).as("one section marked").isEqualTo(1);
            assertThat((Number) page.evaluate("scrollY")).as("scrolled").matches(y -> y.doubleValue() > 500);
            for (String sticky : List.of("nav.chapters", "nav.page-toc")) {
                Map<String, Number> box = box(page, sticky);
                assertThat(at(box, "top")).as(sticky + " in view after scrolling").isBetween(0.0, 50.0);
                assertThat(at(box, "bottom")).as(sticky).isLessThanOrEqualTo(FOLD).isGreaterThan(at(box, "top") + 100);
            }
        }
    }

    @Test
    void theChapterListOpensAtTheCurrentChapter() {
        Page page = open("chapters/comparing-perspectives.html", WIDE, FOLD); // the last chapter, below the list's first screen
        page.waitForFunction("document.querySelector('nav.chapters').scrollTop > 0");
        Map<String, Number> current = box(page, "nav.chapters a[aria-current=page]");
        assertThat(at(current, "top")).as("the current chapter in view").isGreaterThanOrEqualTo(0);
        assertThat(at(current, "bottom")).isLessThanOrEqualTo(FOLD);
    }

    @Test
    void withoutJavaScriptOnThisPageIsAPlainListOfLinks() {
        Page page = open(CHAPTER, new Browser.NewContextOptions().setViewportSize(WIDE, FOLD).setJavaScriptEnabled(false));
        assertThat(page.locator("nav.page-toc a").count()).isGreaterThan(3);
        assertThat(page.locator("nav.page-toc").isVisible()).isTrue();
        assertThat(page.locator("nav.page-toc a[aria-current]").count()).isZero();
    }

    @Test
    void marginNotesSitBesideTheTextWithoutOverlappingAndAreHiddenOnAPhone() {
        Page page = open(CHAPTER, WIDE, FOLD);
        double text = at(box(page, ".chapter-body"), "right");
        double toc = at(box(page, "nav.page-toc"), "left");
        @SuppressWarnings("unchecked")
        List<Map<String, Number>> notes = (List<Map<String, Number>>) page.evaluate("[...document.querySelectorAll("
                + "'.chapter-body .margin-note')].map(n => n.getBoundingClientRect()).map(r => ({left: r.left,"
                + " top: r.top, right: r.right, bottom: r.bottom, width: r.width}))");
        assertThat(notes).as("term, context and footnote notes").hasSizeGreaterThan(5);
        double previousBottom = Double.NEGATIVE_INFINITY;
        for (Map<String, Number> note : notes) {
            assertThat(at(note, "width")).as("shown").isGreaterThan(100);
            assertThat(at(note, "left")).as("right of the text column").isGreaterThan(text);
            assertThat(at(note, "right")).as("left of 'On this page'").isLessThan(toc);
            assertThat(at(note, "top")).as("below the note before").isGreaterThanOrEqualTo(previousBottom);
            previousBottom = at(note, "bottom");
        }
        assertThat(page.locator(".margin-note--footnote").count()).isEqualTo(1);

        Page phone = open(CHAPTER, new Browser.NewContextOptions().setViewportSize(390, 844).setIsMobile(true).setHasTouch(true));
        assertThat(phone.locator(".margin-note").count()).isGreaterThan(5);
        assertThat(phone.evaluate("[...document.querySelectorAll('.margin-note')].some(n => n.checkVisibility())"))
                .as("no margin note on a phone").isEqualTo(false);
        assertThat(phone.locator(".footnotes").isVisible()).as("the notes' list stays").isTrue();
    }

    @Test
    void inPrintMarginNotesBecomeNotesInTheText() {
        Page page = open(CHAPTER, WIDE, FOLD);
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        String visible = "s => [...document.querySelectorAll(s)].map(n => n.checkVisibility())";
        assertThat(page.evaluate(visible, ".margin-note--term, .margin-note--footnote")).asList().containsOnly(false);
        assertThat(page.evaluate(visible, ".margin-note--context")).asList().isNotEmpty().containsOnly(true);
        assertThat(page.evaluate("getComputedStyle(document.querySelector('.margin-note--context')).float")).isEqualTo("none");
        Map<String, Number> note = box(page, ".margin-note--context");
        Map<String, Number> body = box(page, ".chapter-body");
        assertThat(at(note, "left")).as("in the text column").isGreaterThanOrEqualTo(at(body, "left"));
        assertThat(at(note, "right")).isLessThanOrEqualTo(at(body, "right"));
        assertThat(page.locator(".footnotes").isVisible()).as("footnotes print after the text").isTrue();
        assertThat(page.locator(".objectives li").first().isVisible()).as("objectives print open").isTrue();
    }

    @ParameterizedTest(name = "axe, {0} theme, section marked and objectives open")
    @ValueSource(strings = {"light", "dark"})
    void passesAxeWithTheWideLayout(String theme) {
        Page page = open(CHAPTER, new Browser.NewContextOptions().setViewportSize(WIDE, FOLD)
                .setColorScheme(theme.equals("dark") ? ColorScheme.DARK : ColorScheme.LIGHT));
        page.locator(".objectives summary").click();
        page.locator(".chapter-body > h2[id]").nth(2).evaluate("h => h.scrollIntoView()");
        page.locator("nav.page-toc a[aria-current]").waitFor();
        AxeResults results = new AxeBuilder(page)
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa")).analyze();
        assertThat(results.getViolations()).as(() -> results.getViolations().stream().map(Rule::getId).toList().toString())
                .isEmpty();
    }
}
