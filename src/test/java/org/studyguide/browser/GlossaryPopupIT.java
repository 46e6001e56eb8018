package org.studyguide.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.ColorScheme;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Glossary pop-ups on the real guide in headless chromium, under the site's strict CSP: mouse,
 * keyboard, touch, placement beside the line, from disk, and the axe audit with a pop-up open.
 */
class GlossaryPopupIT extends RecordedPages {
    private static final String CHAPTER = "chapters/institutions.html";
    private static final String POPUP = "#term-popup";

    private Page open(String page) {
        return open(page, new Browser.NewContextOptions().setViewportSize(1280, 800));
    }

    /**
     * The first marked term matching {@code selector} in the chapter's prose, scrolled to mid-screen
     * and tagged, so that the locator keeps to it while the pop-up parks its title.
     */
    private static Locator term(Page tab, String selector) {
        tab.locator(".chapter-body " + selector).first()
                .evaluate("e => { e.scrollIntoView({block: 'center'}); e.dataset.testTerm = ''; }");
        return tab.locator("[data-test-term]");
    }

    private static Locator shown(Page tab) {
        tab.waitForSelector(POPUP, new Page.WaitForSelectorOptions().setState(WaitForSelectorState.VISIBLE));
        return tab.locator(POPUP);
    }

    private static void hidden(Page tab) {
        tab.waitForSelector(POPUP, new Page.WaitForSelectorOptions().setState(WaitForSelectorState.HIDDEN));
    }

    /** The definition as the glossary page shows it. */
    private static String glossaryDefinition(String id) throws Exception {
        Document glossary = Jsoup.parse(out.resolve("site/glossary.html").toFile(), StandardCharsets.UTF_8.name());
        return glossary.getElementById(id).select("dd").text();
    }

    private static void assertBesideTheLine(BoundingBox popup, BoundingBox term) {
        boolean below = popup.y >= term.y + term.height;
        boolean above = popup.y + popup.height <= term.y;
        assertThat(below || above).as("pop-up %s,%s+%s does not overlap the term's line %s,%s+%s",
                popup.x, popup.y, popup.height, term.x, term.y, term.height).isTrue();
    }

    @Test
    void hoveringALinkedTermShowsItsDefinitionBelowTheLineWithALinkToTheEntry() throws Exception {
        Page tab = open(CHAPTER);
        Locator term = term(tab, "a.term");
        String id = term.getAttribute("href").replaceAll(".*#", "");
        String expansion = term.locator("abbr").getAttribute("title");
        String loaded = "() => performance.getEntriesByType('resource').map(e => e.name).join(' ')";
        assertThat((String) tab.evaluate(loaded)).as("nothing loaded before it is needed")
                .contains("/assets/popups.js").doesNotContain("popups-core.js").doesNotContain("terms.js");
        term.hover();
        Locator popup = shown(tab);
        assertThat((String) tab.evaluate(loaded)).contains("/assets/popups-core.js", "/assets/terms.js");
        assertThat(popup.getAttribute("role")).isEqualTo("tooltip");
        assertThat(popup.locator(".term-popup-head").innerText()).isEqualTo(term.innerText() + ": " + expansion);
        assertThat(glossaryDefinition(id)).startsWith(popup.locator(".term-popup-definition").innerText());
        assertThat(popup.locator("a").getAttribute("href")).endsWith("/nato-russia-guide/glossary.html#" + id);
        assertThat(term.getAttribute("aria-describedby")).isEqualTo("term-popup-text");
        assertThat(term.locator("abbr").getAttribute("title")).as("native tooltip parked").isNull();
        BoundingBox box = popup.boundingBox();
        BoundingBox line = term.boundingBox();
        assertThat(box.y).as("below the line").isGreaterThanOrEqualTo(line.y + line.height);

        tab.mouse().move(5, 5);
        hidden(tab);
        assertThat(term.getAttribute("aria-describedby")).isNull();
        assertThat(term.locator("abbr").getAttribute("title")).isEqualTo(expansion);
    }

    @Test
    void thePointerCanMoveOntoThePopupAndFollowItsLink() {
        Page tab = open(CHAPTER);
        Locator term = term(tab, "a.term");
        term.hover();
        Locator popup = shown(tab);
        popup.locator(".term-popup-definition").hover();
        assertThat(popup.getAttribute("data-closing")).as("no close pending with the pointer on the pop-up").isNull();
        assertThat(popup.isVisible()).isTrue();
        popup.locator("a").click();
        tab.waitForURL("**/glossary.html#*");
        tab.waitForLoadState(LoadState.NETWORKIDLE);
    }

    @Test
    void nearTheBottomOfTheWindowThePopupFlipsAboveTheLine() {
        Page tab = open(CHAPTER);
        // A term far enough down the page to be scrolled to the window's bottom edge.
        Locator term = term(tab, "h2:nth-of-type(3) ~ p a.term");
        term.evaluate("e => window.scrollBy(0, e.getBoundingClientRect().bottom - window.innerHeight + 12)");
        term.hover();
        Locator popup = shown(tab);
        BoundingBox box = popup.boundingBox();
        BoundingBox line = term.boundingBox();
        assertThat(box.y + box.height).as("above the line").isLessThanOrEqualTo(line.y);
        assertThat(box.y).as("inside the window").isGreaterThanOrEqualTo(0);
        assertThat(popup.getAttribute("class")).contains("term-popup-above");
    }

    @Test
    void aPlainAbbrShowsItsTermFoundBySpelling() {
        Page tab = open(CHAPTER);
        Locator abbr = term(tab, "p > abbr[title]");
        String expansion = abbr.getAttribute("title");
        abbr.hover();
        Locator popup = shown(tab);
        assertThat(popup.locator(".term-popup-head span").innerText()).isEqualTo(": " + expansion);
        assertBesideTheLine(popup.boundingBox(), abbr.boundingBox());
    }

    @Test
    void anExplicitTermLinkShowsItsTermToo() {
        Page tab = open("chapters/arms-control.html");
        Locator link = term(tab, "a.ref-term");
        link.hover();
        assertThat(shown(tab).locator(".term-popup-head strong").innerText()).isEqualTo(link.innerText());
        assertBesideTheLine(tab.locator(POPUP).boundingBox(), link.boundingBox());
    }

    @Test
    void keyboardFocusShowsThePopupAndEscapeClosesItKeepingFocus() {
        Page tab = open(CHAPTER);
        for (int i = 0; i < 200 && !(Boolean) tab.evaluate("() => document.activeElement.matches('a.term')"); i++) {
            tab.keyboard().press("Tab");
        }
        Locator focused = tab.locator("a.term:focus");
        assertThat(focused.count()).as("Tab reaches a term").isEqualTo(1);
        Locator popup = shown(tab);
        assertThat(focused.getAttribute("aria-describedby")).isEqualTo("term-popup-text");
        assertBesideTheLine(popup.boundingBox(), focused.boundingBox());

        tab.keyboard().press("Escape");
        hidden(tab);
        assertThat(tab.evaluate("() => document.activeElement.matches('a.term')")).isEqualTo(true);
        assertThat(focused.getAttribute("aria-describedby")).isNull();

        tab.keyboard().press("Tab");
        if ((Boolean) tab.evaluate("() => document.activeElement.matches('a.term, a.ref-term')")) {
            shown(tab);
        } else {
            assertThat(tab.locator(POPUP).isVisible()).as("focus left the terms").isFalse();
        }
    }

    @Test
    void onAPhoneATapShowsThePopupWithinTheScreenAndASecondTapFollowsTheLink() {
        Page tab = open(CHAPTER, new Browser.NewContextOptions().setViewportSize(320, 640).setHasTouch(true).setIsMobile(true));
        String url = tab.url();
        Locator term = term(tab, "a.term");
        term.tap();
        BoundingBox box = shown(tab).boundingBox();
        assertThat(tab.url()).isEqualTo(url);
        assertThat(box.x).isGreaterThanOrEqualTo(0);
        assertThat(box.x + box.width).isLessThanOrEqualTo(320);
        assertBesideTheLine(box, term.boundingBox());
        term.tap();
        tab.waitForURL("**/glossary.html#*");
        tab.waitForLoadState(LoadState.NETWORKIDLE);
    }

    @Test
    void popupsWorkWhenTheSiteIsOpenedFromDisk() {
        Page tab = openFromDisk(CHAPTER);
        term(tab, "a.term").hover();
        assertThat(shown(tab).locator(".term-popup-definition").innerText()).isNotBlank();
    }

    @ParameterizedTest(name = "{0} theme")
    @ValueSource(strings = {"light", "dark"})
    void anOpenPopupPassesTheAccessibilityAudit(String theme) {
        Page tab = open(CHAPTER, new Browser.NewContextOptions().setViewportSize(1280, 800)
                .setColorScheme(theme.equals("dark") ? ColorScheme.DARK : ColorScheme.LIGHT));
        term(tab, "a.term").focus();
        shown(tab);
        AxeResults results = new AxeBuilder(tab).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"))
                .analyze();
        assertThat(results.getViolations()).extracting(v -> v.getId() + ": " + v.getHelp()).isEmpty();
    }
}
