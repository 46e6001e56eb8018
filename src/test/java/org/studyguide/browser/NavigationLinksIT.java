package org.studyguide.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;
import com.microsoft.playwright.options.Media;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Links on the real guide in headless chromium, in both themes: navigation (header, chapter list,
 * on-page contents, previous/next) without underline, underlined on hover, the current page marked;
 * links in prose and in the small print underlined. Folded lists ("+ N more") open by mouse and
 * keyboard, with and without JavaScript, print open and pass the accessibility audit when open.
 */
class NavigationLinksIT extends RecordedPages {
    private static final String CHAPTER = "chapters/enlargement.html";
    private static final String NAVIGATION = ".site-links a, nav.chapters .chapters-body a, .page-toc a, .pager a";
    private static final String PROSE = ".chapter-body p a.ref, .chapter-body p a[href^=http]";

    private Page open(String page, String theme, boolean javaScript) {
        return open(page, new Browser.NewContextOptions().setJavaScriptEnabled(javaScript)
                .setColorScheme(theme.equals("dark") ? ColorScheme.DARK : ColorScheme.LIGHT));
    }

    private static List<String> style(Locator links, String property) {
        return ((List<?>) links.evaluateAll("(es, p) => es.map(e => getComputedStyle(e)[p])", property)).stream()
                .map(String::valueOf).toList();
    }

    @ParameterizedTest(name = "{0} theme")
    @ValueSource(strings = {"light", "dark"})
    void navigationLinksHaveNoUnderlineAndProseLinksDo(String theme) {
        Page tab = open(CHAPTER, theme, true);
        assertThat(tab.evaluate("matchMedia('(prefers-color-scheme: dark)').matches")).isEqualTo(theme.equals("dark"));
        Locator navigation = tab.locator(NAVIGATION);
        assertThat(navigation.count()).isGreaterThan(20);
        assertThat(style(navigation, "textDecorationLine")).containsOnly("none");
        assertThat(style(tab.locator(PROSE), "textDecorationLine")).hasSizeGreaterThan(5).containsOnly("underline");
        assertThat(style(tab.locator(".chapter-refs a"), "textDecorationLine")).isNotEmpty().containsOnly("underline");

        Locator current = tab.locator("nav.chapters a[aria-current=page]");
        Locator other = tab.locator("nav.chapters .chapters-body a:not([aria-current])").first();
        assertThat(Integer.parseInt(style(current, "fontWeight").get(0))).isGreaterThanOrEqualTo(700);
        assertThat(style(current, "color")).isNotEqualTo(style(other, "color"));
        other.hover();
        assertThat(style(other, "textDecorationLine")).containsExactly("underline");
        Locator header = tab.locator(".site-links a").first();
        header.hover();
        assertThat(style(header, "textDecorationLine")).containsExactly("underline");
    }

    @ParameterizedTest(name = "JavaScript {0}")
    @ValueSource(booleans = {true, false})
    void aFoldedListOpensByMouseAndByKeyboard(boolean javaScript) {
        Page tab = open("glossary.html", "light", javaScript);
        Locator fold = tab.locator("#NATO details.link-fold-more");
        String summary = fold.locator("summary").innerText();
        assertThat(summary).matches("\\+ \\d+ more");
        Locator rest = fold.locator("p a");
        assertThat(rest.count()).isEqualTo(Integer.parseInt(summary.replaceAll("\\D", "")));
        assertThat(rest.first().isVisible()).isFalse();
        fold.locator("summary").click();
        rest.first().waitFor();
        assertThat(rest.last().isVisible()).isTrue();

        Locator other = tab.locator("#NRC details.link-fold-more");
        other.locator("summary").focus();
        tab.keyboard().press("Enter");
        other.locator("p a").first().waitFor();
        assertThat(other.getAttribute("open")).isNotNull();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"glossary.html", CHAPTER})
    void foldsPrintOpenWithoutTheirToggles(String page) {
        Page tab = open(page, "light", true);
        Locator folded = tab.locator("details.link-fold-more:not([open]) a, details.quote-index:not([open]) li a");
        assertThat(folded.count()).isPositive();
        assertThat(folded.first().isVisible()).isFalse();
        tab.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        folded.first().waitFor();
        assertThat(folded.last().isVisible()).isTrue();
        assertThat(tab.locator(".link-fold-more > summary:visible, .quote-index > summary:visible").count()).isZero();
    }

    @ParameterizedTest(name = "{0} with every fold open, {1} theme")
    @CsvSource({"glossary.html, light", "glossary.html, dark",
        CHAPTER + ", light", CHAPTER + ", dark", "sources.html, light", "sources.html, dark"})
    void openFoldsPassTheAccessibilityAudit(String page, String theme) {
        Page tab = open(page, theme, true);
        tab.locator("details.link-fold-more, details.quote-index").evaluateAll("ds => ds.forEach(d => d.open = true)");
        tab.locator("details.link-fold-more[open] a, details.quote-index[open] a").last().waitFor();
        AxeResults results = new AxeBuilder(tab).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"))
                .analyze();
        assertThat(results.getViolations()).extracting(v -> v.getId() + ": " + v.getHelp()).isEmpty();
    }
}
