package org.studyguide.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every page type of the real guide passes an axe-core audit of the WCAG 2.2 A and AA rules, in both themes. */
class AccessibilityIT extends ServedPages {
    private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    @ParameterizedTest(name = "{0} in the {1} theme")
    @CsvSource({
        "index.html, light", "index.html, dark",
        "chapters/institutions.html, light", "chapters/institutions.html, dark",
        "chapters/comparing-perspectives.html, light", "chapters/comparing-perspectives.html, dark",
        "glossary.html, light", "glossary.html, dark",
        "quotes.html, light", "quotes.html, dark",
        "sources.html, light", "sources.html, dark",
        "timeline.html, light", "timeline.html, dark",
        "people.html, light", "people.html, dark",
        "key-quotations.html, light", "key-quotations.html, dark",
        "themes.html, light", "themes.html, dark",
        "exam.html, light", "exam.html, dark",
        "flashcards.html, light", "flashcards.html, dark",
        "quiz.html, light", "quiz.html, dark",
        "404.html, light", "404.html, dark",
        "print.html, light", "print.html, dark"})
    void hasNoViolations(String page, String theme) {
        audit(inTheme(theme), tab -> tab.navigate(guide.url(page)));
    }

    /** The phone layout: the compact header, and the chapter drawer open over the page. */
    @ParameterizedTest(name = "{0} on a phone, drawer open, in the {1} theme")
    @CsvSource({"index.html, light", "index.html, dark", "chapters/institutions.html, light",
        "chapters/institutions.html, dark"})
    void hasNoViolationsOnAPhoneWithTheDrawerOpen(String page, String theme) {
        audit(inTheme(theme).setViewportSize(390, 844).setIsMobile(true).setHasTouch(true), tab -> {
            tab.navigate(guide.url(page));
            tab.locator(".nav-toggle").click();
            assertThat(tab.locator("nav.chapters").isVisible()).isTrue();
        });
    }

    /**
     * States that only the scripts or the reader create, each a check of content the static page
     * does not show: a flashcard turned, a quiz question answered, every disclosure of a chapter
     * open (model answers, essay outlines, what a quotation shows), and the theme chosen with the
     * toggle against the system's (the toggle's palette is a rule of its own in the stylesheet).
     */
    @ParameterizedTest(name = "{0} in the {1} theme")
    @CsvSource({"a turned flashcard, light", "a turned flashcard, dark",
        "an answered quiz question, light", "an answered quiz question, dark",
        "a chapter with every disclosure open, light", "a chapter with every disclosure open, dark",
        "the theme chosen with the toggle, light", "the theme chosen with the toggle, dark"})
    void hasNoViolationsInTheStatesTheReaderCreates(String state, String theme) {
        audit(inTheme(theme), tab -> {
            switch (state) {
                case "a turned flashcard" -> {
                    tab.navigate(guide.url("flashcards.html"));
                    tab.locator(".deck-flip").click();
                    tab.locator(".deck-back").waitFor();
                }
                case "an answered quiz question" -> {
                    tab.navigate(guide.url("quiz.html"));
                    tab.locator(".quiz-choice").first().click();
                    tab.locator(".quiz-feedback .quiz-verdict").waitFor();
                }
                case "a chapter with every disclosure open" -> {
                    tab.navigate(guide.url("chapters/comparing-perspectives.html"));
                    tab.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)");
                    assertThat(tab.locator("details:not([open])").count()).isZero();
                }
                default -> {
                    // On a light system the toggle turns the page dark, on a dark one light.
                    tab.navigate(guide.url("chapters/institutions.html"));
                    tab.locator(".theme-toggle").click();
                    assertThat(tab.locator("html").getAttribute("data-theme"))
                            .isEqualTo(theme.equals("dark") ? "light" : "dark");
                }
            }
        });
    }

    private static Browser.NewContextOptions inTheme(String theme) {
        return new Browser.NewContextOptions().setColorScheme(theme.equals("dark") ? ColorScheme.DARK : ColorScheme.LIGHT);
    }

    /** Opens a tab with {@code options}, brings it to the state to check, and audits it with axe. */
    private void audit(Browser.NewContextOptions options, Consumer<Page> reach) {
        try (BrowserContext context = guide.session().browser().newContext(options)) {
            Page tab = context.newPage();
            reach.accept(tab);
            AxeResults results = new AxeBuilder(tab).withTags(WCAG).analyze();
            assertThat(results.getViolations()).as(() -> describe(results.getViolations())).isEmpty();
        }
    }

    private static String describe(List<Rule> violations) {
        return violations.stream().map(rule -> rule.getId() + ": " + rule.getHelp() + " at "
                        + rule.getNodes().stream().limit(3).map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
    }
}
