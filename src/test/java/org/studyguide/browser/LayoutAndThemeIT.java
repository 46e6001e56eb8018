package org.studyguide.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The layout in a real browser: themes and their toggle, small screens, the CSP, and pages without JavaScript. */
class LayoutAndThemeIT extends ServedPages {
    private static BrowserContext context(Browser.NewContextOptions options) {
        return guide.session().browser().newContext(options);
    }

    private static String background(Page page) {
        return (String) page.evaluate("getComputedStyle(document.documentElement).backgroundColor");
    }

    @Test
    void theThemeFollowsTheSystemAndTheToggleIsRemembered() {
        try (BrowserContext context = context(new Browser.NewContextOptions().setColorScheme(ColorScheme.LIGHT))) {
            Page page = context.newPage();
            page.navigate(guide.url("chapters/crises.html"));
            String light = background(page);
            assertThat(page.locator(".theme-toggle").getAttribute("aria-pressed")).isEqualTo("false");

            page.locator(".theme-toggle").click();
            assertThat(page.locator("html").getAttribute("data-theme")).isEqualTo("dark");
            assertThat(background(page)).isNotEqualTo(light);
            assertThat(page.locator(".theme-toggle").getAttribute("aria-pressed")).isEqualTo("true");
            // A pressed state, so the label stays the same and keeps meaning what pressing does.
            assertThat(page.locator(".theme-toggle").textContent()).isEqualTo("Dark theme");
            page.locator(".theme-toggle").click();
            assertThat(page.locator(".theme-toggle").getAttribute("aria-pressed")).isEqualTo("false");
            assertThat(background(page)).isEqualTo(light);
            page.locator(".theme-toggle").click();

            page.navigate(guide.url("glossary.html"));
            assertThat(page.locator("html").getAttribute("data-theme")).isEqualTo("dark");
            assertThat(background(page)).isNotEqualTo(light);
        }
        try (BrowserContext context = context(new Browser.NewContextOptions().setColorScheme(ColorScheme.DARK))) {
            Page page = context.newPage();
            page.navigate(guide.url("index.html"));
            assertThat(page.locator(".theme-toggle").getAttribute("aria-pressed")).isEqualTo("true");
            assertThat(page.locator("html").getAttribute("data-theme")).isNull();
        }
    }

    @Test
    void aPhoneScreenHasNoSidewaysScrollAndACollapsibleChapterList() {
        try (BrowserContext context = context(new Browser.NewContextOptions().setViewportSize(320, 640))) {
            Page page = context.newPage();
            for (String path : List.of("index.html", "chapters/comparing-perspectives.html", "glossary.html",
                    "quotes.html", "timeline.html")) {
                page.navigate(guide.url(path));
                Number scrollWidth = (Number) page.evaluate("document.documentElement.scrollWidth");
                assertThat(scrollWidth.intValue()).as(path).isLessThanOrEqualTo(320);
            }
            page.navigate(guide.url("chapters/crises.html"));
            assertThat(page.locator("nav.chapters ol").first().isVisible()).isFalse();
            page.locator(".nav-toggle").click();
            assertThat(page.locator(".nav-toggle").getAttribute("aria-expanded")).isEqualTo("true");
            assertThat(page.locator("nav.chapters ol").first().isVisible()).isTrue();
        }
    }

    @Test
    void pagesLoadNothingFromOtherHostsAndBreakNoContentSecurityPolicy() {
        try (BrowserContext context = context(new Browser.NewContextOptions())) {
            Page page = context.newPage();
            List<String> requests = new ArrayList<>();
            List<String> problems = new ArrayList<>();
            page.onRequest(request -> requests.add(request.url()));
            page.onConsoleMessage(message -> {
                if (message.type().equals("error")) {
                    problems.add(message.text());
                }
            });
            for (String path : List.of("index.html", "chapters/institutions.html", "glossary.html", "quotes.html",
                    "sources.html", "timeline.html", "404.html")) {
                page.navigate(guide.url(path));
            }
            assertThat(requests).allSatisfy(url -> assertThat(url).startsWith(guide.url("")));
            assertThat(problems).isEmpty();
        }
    }

    @Test
    void theSiteWorksOpenedFromDisk() {
        try (BrowserContext context = context(new Browser.NewContextOptions())) {
            Page page = context.newPage();
            List<String> problems = new ArrayList<>();
            page.onConsoleMessage(message -> {
                if (message.type().equals("error")) {
                    problems.add(message.text());
                }
            });
            page.navigate(guide.fileUrl("chapters/institutions.html"));
            assertThat(page.locator(".theme-toggle").isVisible()).isTrue();
            page.locator(".pager a[rel=next]").click();
            assertThat(page.url()).endsWith("chapters/enlargement.html");
            assertThat(problems).isEmpty();
        }
    }

    @Test
    void everyPageReadsFullyWithJavaScriptOff() {
        try (BrowserContext context = context(new Browser.NewContextOptions().setJavaScriptEnabled(false))) {
            Page page = context.newPage();
            page.navigate(guide.url("chapters/institutions.html"));
            assertThat(page.locator(".chapter-body p").first().isVisible()).isTrue();
            assertThat(page.locator("nav.chapters ol").first().isVisible()).isTrue();
            assertThat(page.locator(".page-toc a").count()).isGreaterThan(1);
            page.locator("details.answer summary").first().click();
            assertThat(page.locator("details.answer").first().getAttribute("open")).isNotNull();
            assertThat(page.locator(".theme-toggle").isVisible()).isFalse();
            assertThat(page.locator("#site-search").isVisible()).isFalse();
        }
        try (BrowserContext context = context(new Browser.NewContextOptions().setJavaScriptEnabled(false)
                .setViewportSize(320, 640))) {
            Page page = context.newPage();
            page.navigate(guide.url("chapters/institutions.html"));
            assertThat(page.locator(".nav-toggle").isVisible()).isFalse();
            assertThat(page.locator("nav.chapters ol").first().isVisible()).isTrue();
        }
    }

    /** The controls the scripts wire up are in the page from the start, so nothing shifts (Lighthouse's CLS). */
    @Test
    void nothingMovesWhileAPageLoads() {
        try (BrowserContext context = context(new Browser.NewContextOptions().setViewportSize(412, 823))) {
            Page page = context.newPage();
            for (String path : List.of("glossary.html", "chapters/crises.html", "index.html", "quotes.html", "timeline.html")) {
                page.navigate(guide.url(path));
                Number shift = (Number) page.evaluate("""
                        () => new Promise(resolve => {
                          let sum = 0;
                          const add = entries => entries.forEach(e => { if (!e.hadRecentInput) sum += e.value; });
                          const observer = new PerformanceObserver(list => add(list.getEntries()));
                          observer.observe({ type: 'layout-shift', buffered: true });
                          // Loaded, fonts ready and two frames drawn: every shift has happened; take them all.
                          const settled = () => { add(observer.takeRecords()); resolve(sum); };
                          document.fonts.ready.then(() => requestAnimationFrame(() => requestAnimationFrame(settled)));
                        })""");
                assertThat(shift.doubleValue()).as(path).isLessThan(0.01);
            }
        }
    }
}
