package org.studyguide.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The site header looks the same on every page type (no page class may restyle it), and on a phone
 * it is one compact row at the top with the chapter drawer's button in reach.
 */
class HeaderConsistencyIT extends ServedPages {
    /** One page of every type the site has. */
    private static final List<String> PAGES = List.of("index.html", "chapters/institutions.html", "glossary.html",
            "quotes.html", "sources.html", "timeline.html", "flashcards.html", "quiz.html", "people.html",
            "key-quotations.html", "themes.html", "exam.html", "print.html", "404.html");

    /** The computed styles that must not change from page to page. */
    private static final String HEADER_STYLES = """
            () => {
              const header = getComputedStyle(document.querySelector('.site-header'));
              const title = getComputedStyle(document.querySelector('.site-title'));
              const link = getComputedStyle(document.querySelector('.site-links a:not([aria-current])'));
              const h1 = getComputedStyle(document.querySelector('main h1'));
              return [
                'header font-size ' + header.fontSize, 'header color ' + header.color,
                'header font-family ' + header.fontFamily, 'header background ' + header.backgroundColor,
                'header height ' + document.querySelector('.site-header').getBoundingClientRect().height,
                'title font-size ' + title.fontSize, 'title color ' + title.color,
                'link font-size ' + link.fontSize, 'link color ' + link.color,
                'h1 color ' + h1.color].join('\\n');
            }""";

    @Test
    void theHeaderAndTheMainHeadingLookTheSameOnEveryPageType() {
        for (int[] size : List.of(new int[] {1366, 900}, new int[] {768, 1024}, new int[] {390, 844})) {
            try (BrowserContext context = guide.session().browser().newContext(
                    new Browser.NewContextOptions().setViewportSize(size[0], size[1]))) {
                Page page = context.newPage();
                Map<String, String> styles = new LinkedHashMap<>();
                for (String path : PAGES) {
                    page.navigate(guide.url(path));
                    styles.put(path, (String) page.evaluate(HEADER_STYLES));
                }
                String home = styles.get("index.html");
                assertThat(home).contains("title font-size 16px");
                assertThat(styles).as("at %d px wide", size[0]).allSatisfy((path, style) ->
                        assertThat(style).as(path).isEqualTo(home));
            }
        }
    }

    @Test
    void onAPhoneTheHeaderIsOneStickyRowWithTheChapterDrawerAtTheTop() {
        try (BrowserContext context = guide.session().browser().newContext(new Browser.NewContextOptions()
                .setViewportSize(390, 844).setIsMobile(true).setHasTouch(true))) {
            Page page = context.newPage();
            for (String path : PAGES) {
                page.navigate(guide.url(path));
                assertThat(box(page, ".site-header").height).as(path).isLessThanOrEqualTo(64);
                BoundingBox button = box(page, ".nav-toggle");
                assertThat(button.y + button.height).as(path).isLessThanOrEqualTo(100);
                assertThat(((Number) page.evaluate("document.documentElement.scrollWidth")).intValue()).as(path)
                        .isLessThanOrEqualTo(390);
            }
            assertThat(page.locator("#search-input").getAttribute("placeholder")).isEqualTo("Search");

            page.navigate(guide.url("chapters/institutions.html"));
            page.evaluate("window.scrollTo(0, document.documentElement.scrollHeight)");
            page.waitForFunction("window.scrollY > 1000");
            assertThat(box(page, ".nav-toggle").y).isLessThan(64);
            Locator drawer = page.locator("nav.chapters");
            assertThat(drawer.isVisible()).isFalse();
            page.locator(".nav-toggle").click();
            assertThat(page.locator(".nav-toggle").getAttribute("aria-expanded")).isEqualTo("true");
            assertThat(drawer.locator("a[aria-current=page]").isVisible()).isTrue();
            assertThat(drawer.locator(".drawer-links a").allTextContents()).contains("Glossary", "Quotation quiz");
            BoundingBox opened = box(page, "nav.chapters");
            assertThat(opened.y).isBetween(box(page, ".site-header").height - 1, 64.0);
            page.keyboard().press("Escape");
            assertThat(drawer.isVisible()).isFalse();
            assertThat(page.locator(".nav-toggle").getAttribute("aria-expanded")).isEqualTo("false");
            assertThat(page.evaluate("document.activeElement.className")).isEqualTo("nav-toggle");

            // The results open across the screen under the header, whatever the box's width.
            page.locator("#search-input").fill("enlargement");
            page.locator(".search-result").first().waitFor();
            BoundingBox results = box(page, "#search-panel");
            assertThat(results.x).isGreaterThanOrEqualTo(0);
            assertThat(results.x + results.width).isLessThanOrEqualTo(390);
            assertThat(results.width).isGreaterThan(300);
        }
    }

    @Test
    void withoutJavaScriptThePhoneHeaderLinksToTheChapterList() {
        try (BrowserContext context = guide.session().browser().newContext(new Browser.NewContextOptions()
                .setViewportSize(390, 844).setJavaScriptEnabled(false))) {
            Page page = context.newPage();
            page.navigate(guide.url("chapters/institutions.html"));
            assertThat(page.locator(".nav-toggle").isVisible()).isFalse();
            BoundingBox link = box(page, ".nav-link");
            assertThat(link.y + link.height).isLessThanOrEqualTo(100);
            page.locator(".nav-link").click();
            assertThat(page.url()).endsWith("#chapter-list");
            assertThat(page.locator("#chapter-list a[aria-current=page]").isVisible()).isTrue();
            assertThat(page.locator(".drawer-links a").first().isVisible()).isTrue();
        }
    }

    @Test
    void theSearchBoxNamesItsKeyOnlyWhereThereIsAKeyboard() {
        try (BrowserContext context = guide.session().browser().newContext(new Browser.NewContextOptions())) {
            Page page = context.newPage();
            page.navigate(guide.url("index.html"));
            assertThat(page.locator("#search-input").getAttribute("placeholder")).isEqualTo("Search (press /)");
        }
        try (BrowserContext context = guide.session().browser().newContext(
                new Browser.NewContextOptions().setViewportSize(768, 1024))) {
            Page page = context.newPage();
            page.navigate(guide.url("index.html"));
            assertThat(page.locator("#search-input").getAttribute("placeholder"))
                    .as("a narrower box is not wide enough for the hint").isEqualTo("Search");
        }
    }

    private static BoundingBox box(Page page, String selector) {
        return page.locator(selector).first().boundingBox();
    }
}
