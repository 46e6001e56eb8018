package org.studyguide.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.ColorScheme;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * People's names in the real guide's prose show the same pop-up as terms, in headless chromium under
 * the site's strict CSP: the person's roles and description with a link to the People page, by mouse,
 * keyboard and tap, and with the pop-up open the page passes the axe audit.
 */
class PeoplePopupIT extends RecordedPages {
    private static final String CHAPTER = "chapters/great-expectations.html";
    private static final String LATER_MENTIONS = "chapters/mid-term-perspectives.html";
    private static final String POPUP = "#term-popup";

    private Page open(String page) {
        return open(page, new Browser.NewContextOptions().setViewportSize(1280, 800));
    }

    /** The first name matching {@code selector} in the chapter's prose, scrolled to mid-screen and tagged. */
    private static Locator name(Page tab, String selector) {
        tab.locator(".chapter-body " + selector).first()
                .evaluate("e => { e.scrollIntoView({block: 'center'}); e.dataset.testName = ''; }");
        return tab.locator("[data-test-name]");
    }

    private static Locator shown(Page tab) {
        tab.waitForSelector(POPUP, new Page.WaitForSelectorOptions().setState(WaitForSelectorState.VISIBLE));
        return tab.locator(POPUP);
    }

    /** The person's entry as the People page shows it. */
    private static Element entry(String id) throws Exception {
        return Jsoup.parse(out.resolve("site/people.html").toFile(), StandardCharsets.UTF_8.name()).getElementById(id);
    }

    @Test
    void hoveringANameShowsTheRolesAndDescriptionWithALinkToTheEntry() throws Exception {
        Page tab = open(CHAPTER);
        Locator name = name(tab, "a.person");
        String id = name.getAttribute("href").replaceAll(".*#", "");
        name.hover();
        Locator popup = shown(tab);
        Element entry = entry(id);
        assertThat(popup.locator(".term-popup-head strong").innerText()).isEqualTo(entry.selectFirst("h3").text());
        assertThat(popup.locator(".term-popup-head span").innerText())
                .isEqualTo(": " + String.join("; ", entry.select(".person-roles li").eachText()));
        assertThat(popup.locator(".term-popup-definition").innerText())
                .isEqualTo(entry.selectFirst(".person-description").text());
        Locator more = popup.locator("a");
        assertThat(more.innerText()).isEqualTo("Full entry in People");
        assertThat(more.getAttribute("href")).endsWith("/people.html#" + id);
        assertThat(name.getAttribute("aria-describedby")).isEqualTo("term-popup-text");
        BoundingBox box = popup.boundingBox();
        BoundingBox line = name.boundingBox();
        assertThat(box.y >= line.y + line.height || box.y + box.height <= line.y).as("beside the line").isTrue();
    }

    @Test
    void aLaterMentionShowsThePersonOnClickAndParksItsTitle() throws Exception {
        Page tab = open(LATER_MENTIONS);
        Locator name = name(tab, "span.person[data-person]");
        String id = name.getAttribute("data-person");
        name.click();
        Locator popup = shown(tab);
        assertThat(popup.locator(".term-popup-head strong").innerText()).isEqualTo(entry(id).selectFirst("h3").text());
        assertThat(name.getAttribute("title")).as("native tooltip parked").isNull();
        tab.keyboard().press("Escape");
        tab.waitForSelector(POPUP, new Page.WaitForSelectorOptions().setState(WaitForSelectorState.HIDDEN));
        assertThat(name.getAttribute("title")).isNotEmpty();
    }

    @Test
    void keyboardFocusOnANameShowsThePopup() {
        Page tab = open(CHAPTER);
        name(tab, "a.person").focus();
        assertThat(shown(tab).locator(".term-popup-head strong").innerText()).isNotBlank();
        assertThat(tab.locator("a.person:focus").getAttribute("aria-describedby")).isEqualTo("term-popup-text");
    }

    @Test
    void onAPhoneATapShowsThePopupWithoutLeavingThePage() {
        Page tab = open(CHAPTER, new Browser.NewContextOptions().setViewportSize(320, 640).setHasTouch(true)
                .setIsMobile(true));
        String url = tab.url();
        name(tab, "a.person").tap();
        BoundingBox box = shown(tab).boundingBox();
        assertThat(tab.url()).isEqualTo(url);
        assertThat(box.x).isGreaterThanOrEqualTo(0);
        assertThat(box.x + box.width).isLessThanOrEqualTo(320);
    }

    @ParameterizedTest(name = "{0} theme")
    @ValueSource(strings = {"light", "dark"})
    void anOpenPersonPopupPassesTheAccessibilityAudit(String theme) {
        Page tab = open(CHAPTER, new Browser.NewContextOptions().setViewportSize(1280, 800)
                .setColorScheme(theme.equals("dark") ? ColorScheme.DARK : ColorScheme.LIGHT));
        name(tab, "a.person").focus();
        shown(tab);
        AxeResults results = new AxeBuilder(tab).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"))
                .analyze();
        assertThat(results.getViolations()).extracting(v -> v.getId() + ": " + v.getHelp()).isEmpty();
    }
}
