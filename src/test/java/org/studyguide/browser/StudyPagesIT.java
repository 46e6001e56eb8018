package org.studyguide.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Media;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The study pages of the real guide in chromium: the themes matrix as a labelled list on a phone
 * and a table in print, essay outlines that open without JavaScript, and callouts in both themes.
 */
class StudyPagesIT extends ServedPages {
    private static BrowserContext context(Browser.NewContextOptions options) {
        return guide.session().browser().newContext(options);
    }

    private static String style(Page page, String selector, String pseudo, String property) {
        return (String) page.evaluate("([s, p, q]) => getComputedStyle(document.querySelector(s), p || null)"
                + ".getPropertyValue(q)", List.of(selector, pseudo, property));
    }

    @Test
    void onAPhoneTheThemesTableIsAListLabelledWithTheReadings() {
        try (BrowserContext context = context(new Browser.NewContextOptions().setViewportSize(360, 720))) {
            Page page = context.newPage();
            page.navigate(guide.url("themes.html"));
            assertThat(style(page, "table.themes td", "", "display")).isEqualTo("block");
            String label = page.locator("table.themes td").first().getAttribute("data-label");
            assertThat(style(page, "table.themes td", "::before", "content")).isEqualTo("\"" + label + "\"");
            assertThat(page.locator("table.themes thead").boundingBox().width).isLessThanOrEqualTo(1);
            Number scrollWidth = (Number) page.evaluate("document.documentElement.scrollWidth");
            assertThat(scrollWidth.intValue()).isLessThanOrEqualTo(360);
        }
    }

    @Test
    void onAWideScreenAndInPrintTheThemesAreATable() {
        try (BrowserContext context = context(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
            Page page = context.newPage();
            page.navigate(guide.url("themes.html"));
            assertThat(style(page, "table.themes td", "", "display")).isEqualTo("table-cell");
            page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
            assertThat(style(page, "table.themes td", "", "display")).isEqualTo("table-cell");
        }
    }

    @Test
    void essayOutlinesOpenWithoutJavaScript() {
        try (BrowserContext context = context(new Browser.NewContextOptions().setJavaScriptEnabled(false))) {
            Page page = context.newPage();
            page.navigate(guide.url("exam.html"));
            assertThat(page.locator(".essay-outline-body").first().isVisible()).isFalse();
            page.locator("details.essay-outline summary").first().click();
            assertThat(page.locator(".essay-outline-body").first().isVisible()).isTrue();
        }
    }

    @Test
    void inPrintTheEssayOutlinesAreShownAfterThePrompts() {
        try (BrowserContext context = context(new Browser.NewContextOptions())) {
            Page page = context.newPage();
            page.navigate(guide.url("chapters/institutions.html"));
            page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
            assertThat(page.locator(".essay-outline-body").first().isVisible()).isTrue();
            double prompt = page.locator(".essay-prompt").first().boundingBox().y;
            double outline = page.locator(".essay-outline").first().boundingBox().y;
            assertThat(outline).isGreaterThan(prompt);
        }
    }
}
