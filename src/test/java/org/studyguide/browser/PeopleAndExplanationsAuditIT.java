package org.studyguide.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.studyguide.testing.BrowserSession;
import org.studyguide.testing.GuideFixture;
import org.studyguide.testing.SiteServer;

/**
 * The pages of people and explained quotations, filled (the real guide may have no explanation
 * yet): the axe audit in both themes, and the explanation under an embedded quotation opening
 * without JavaScript.
 */
class PeopleAndExplanationsAuditIT {
    private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    @TempDir
    static Path root;

    private static SiteServer server;
    private static BrowserSession session;

    @BeforeAll
    static void buildAndServe() throws Exception {
        GuideFixture.in(root)
                .file("people.yml", """
                        - id: smith-anna
                          name: Anna Smith
                          group: nato
                          roles: ["Chair of the council, 2002–2004"]
                          description: She chaired its first meetings.
                        """)
                .file("chapters/first.md", GuideFixture.FIRST.replace("The NRC met often.",
                        "The NRC met often, chaired by Anna Smith. Smith kept the minutes."))
                .file("quotes.yml", GuideFixture.QUOTES
                        .replace("  terms: [NRC]\n", "  terms: [NRC]\n  explanation: Evidence that the *meetings* were routine.\n")
                        .replace("  quoting: A Speaker", "  speaker: smith-anna"))
                .build().assertClean();
        server = SiteServer.start(root.resolve("site"), "/guide/");
        session = BrowserSession.start();
    }

    @AfterAll
    static void stop() {
        session.close();
        server.close();
    }

    private static BrowserContext context(String theme, boolean javaScript) {
        return session.browser().newContext(new Browser.NewContextOptions().setJavaScriptEnabled(javaScript)
                .setColorScheme(theme.equals("dark") ? ColorScheme.DARK : ColorScheme.LIGHT));
    }

    @ParameterizedTest(name = "{0} in the {1} theme")
    @CsvSource({
        "people.html, light", "people.html, dark",
        "key-quotations.html, light", "key-quotations.html, dark",
        "quotes.html, light", "quotes.html, dark",
        "chapters/first.html, light", "chapters/first.html, dark"})
    void hasNoViolations(String page, String theme) {
        try (BrowserContext context = context(theme, true)) {
            Page tab = context.newPage();
            tab.navigate(server.url(page));
            tab.locator("details.quote-explanation summary").all().forEach(summary -> summary.click());
            AxeResults results = new AxeBuilder(tab).withTags(WCAG).analyze();
            assertThat(results.getViolations()).extracting(v -> v.getId() + ": " + v.getHelp()).isEmpty();
        }
    }

    @Test
    void withoutJavaScriptTheExplanationOpensAndTheNameLinksToItsEntry() {
        try (BrowserContext context = context("light", false)) {
            Page tab = context.newPage();
            tab.navigate(server.url("chapters/first.html"));
            assertThat(tab.locator("details.quote-explanation p").isVisible()).isFalse();
            tab.locator("details.quote-explanation summary").click();
            assertThat(tab.locator("details.quote-explanation p").innerText())
                    .isEqualTo("Evidence that the meetings were routine.");
            tab.locator(".chapter-body a.person").click();
            tab.waitForURL("**/people.html#smith-anna");
            assertThat(tab.locator("#smith-anna h3").innerText()).isEqualTo("Anna Smith");
        }
    }
}
