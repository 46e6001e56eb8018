package org.studyguide.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.ColorScheme;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.studyguide.build.BuildOptions;
import org.studyguide.build.GuideBuild;
import org.studyguide.testing.BrowserSession;
import org.studyguide.testing.SiteServer;

/** The header search on the real guide in headless chromium: served under a sub-path and opened from disk. */
class SearchIT {
    private static final Path PROJECT = Path.of(System.getProperty("project.basedir", ".")).toAbsolutePath();
    private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    private static final String BASE = "/nato-russia-guide/";
    private static final String INPUT = "#search-input";
    private static final String OPTIONS = "#search-results [role=option]";

    @TempDir
    static Path out;

    private static BrowserSession session;
    private static SiteServer server;

    private BrowserContext context;
    private final List<String> errors = new ArrayList<>();
    private final List<String> requests = new ArrayList<>();

    @BeforeAll
    static void buildAndServe() throws Exception {
        GuideBuild.build(new BuildOptions(PROJECT.resolve("content"), Optional.of(PROJECT.resolve("templates")), site()));
        server = SiteServer.start(site(), BASE);
        session = BrowserSession.start();
    }

    private static Path site() {
        return out.resolve("site");
    }

    @AfterAll
    static void stop() {
        if (session != null) {
            session.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void openContext() {
        context = session.browser().newContext();
    }

    @AfterEach
    void closeContext() {
        context.close();
        assertThat(errors).as("console errors").isEmpty();
    }

    private Page open(String url) {
        Page tab = context.newPage();
        tab.onConsoleMessage(message -> {
            if (message.type().equals("error") || message.type().equals("warning")) {
                errors.add(message.text());
            }
        });
        tab.onPageError(errors::add);
        tab.onRequest(request -> requests.add(request.url()));
        tab.navigate(url);
        return tab;
    }

    private static void search(Page tab, String query) {
        tab.locator(INPUT).click();
        tab.locator(INPUT).pressSequentially(query);
        tab.locator(OPTIONS).first().waitFor();
    }

    /** The results as shown: kind, title, href, the highlighted words, whether selected. */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> results(Page tab) {
        return (List<Map<String, Object>>) tab.evaluate("""
                () => [...document.querySelectorAll('#search-results [role=option]')].map(o => ({
                  id: o.id, kind: o.querySelector('.search-kind').textContent, href: o.href,
                  title: o.querySelector('.search-title').textContent,
                  marks: [...o.querySelectorAll('mark')].map(m => m.textContent.toLowerCase()),
                  snippetMarks: o.querySelectorAll('.search-snippet mark').length,
                  selected: o.getAttribute('aria-selected')}))""");
    }

    @SuppressWarnings("unchecked")
    @ParameterizedTest(name = "\"{0}\" finds the {1} {2}")
    @CsvSource({
        "Permanent Joint Council, term, glossary.html#PJC, permanent joint council",
        "become history, quotation, quotes.html#mn-kudrin-history, become history",
        "Information Office opens, event, timeline.html#nato-information-office-2001, information office opens",
        "speaking when, chapter, chapters/great-expectations.html#who-is-speaking-and-when, speaking",
        "Bucharest Georgia Ukraine, chapter, chapters/enlargement.html, bucharest georgia ukraine"})
    void typingShowsResultsOfTheRightKindWithTheMatchedWordsHighlighted(String query, String kind, String url,
            String words) {
        Page tab = open(server.url("chapters/institutions.html"));
        search(tab, query);
        List<Map<String, Object>> results = results(tab);
        assertThat(results).hasSizeBetween(1, 12);
        assertThat(results).extracting(r -> r.get("kind")).allMatch(k -> List.of("chapter", "essay", "theme", "term", "quotation", "event", "person", "source").contains(k));
        Map<String, Object> hit = results.stream()
                .filter(r -> r.get("kind").equals(kind) && r.get("href").toString().startsWith(server.url(url)))
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " at " + url + " in " + results));
        assertThat((List<Object>) hit.get("marks")).as("highlighted words").containsAll(List.of(words.split(" ")));
        for (Map<String, Object> result : results) {
            assertThat((List<?>) result.get("marks")).as("every result highlights what matched: %s", result).isNotEmpty();
        }
        assertThat(tab.locator(INPUT).getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(tab.locator("#search-results").getAttribute("role")).isEqualTo("listbox");
    }

    @Test
    void snippetsShowTheMatchedWordsFromTheText() {
        Page tab = open(server.url("index.html"));
        search(tab, "Robertson");
        assertThat(results(tab)).allSatisfy(r -> assertThat(r.get("marks").toString()).contains("robertson"));
        assertThat(results(tab)).anySatisfy(r -> assertThat(((Number) r.get("snippetMarks")).intValue()).isPositive());
    }

    @Test
    void slashFocusesTheBoxAndTheKeyboardChoosesAResultThatOpensAtItsAnchor() {
        Page tab = open(server.url("index.html"));
        tab.keyboard().press("/");
        assertThat(tab.evaluate("document.activeElement.id")).isEqualTo("search-input");
        assertThat(tab.locator(INPUT).inputValue()).isEmpty();
        tab.keyboard().type("Information Office");
        tab.locator(OPTIONS).first().waitFor();
        tab.keyboard().press("ArrowDown");
        tab.keyboard().press("ArrowDown");
        tab.keyboard().press("ArrowUp");
        List<Map<String, Object>> results = results(tab);
        assertThat(results.get(0).get("selected")).isEqualTo("true");
        assertThat(results.subList(1, results.size())).allMatch(r -> r.get("selected").equals("false"));
        assertThat(tab.locator(INPUT).getAttribute("aria-activedescendant")).isEqualTo(results.get(0).get("id"));
        String target = results.get(0).get("href").toString();
        assertThat(target).startsWith(server.url("")).contains("#");
        tab.keyboard().press("Enter");
        tab.waitForURL(target);
        assertThat(tab.evaluate("""
                () => { const r = document.getElementById(decodeURIComponent(location.hash.slice(1))).getBoundingClientRect();
                        return r.top > -1 && r.top < innerHeight; }""")).isEqualTo(true);
    }

    @Test
    void clickingAResultOpensIt() {
        Page tab = open(server.url("chapters/crises.html"));
        search(tab, "Permanent Joint Council");
        String target = results(tab).get(1).get("href").toString();
        tab.locator(OPTIONS).nth(1).click();
        tab.waitForURL(target);
        assertThat(tab.locator(":target").count()).isEqualTo(1);
    }

    @Test
    void aResultOnTheSamePageScrollsToItAndClosesTheResults() {
        Page tab = open(server.url("glossary.html"));
        search(tab, "Permanent Joint Council");
        tab.keyboard().press("Enter");
        tab.waitForURL(url -> url.contains("#"));
        assertThat(tab.locator("#search-panel").isHidden()).isTrue();
        assertThat(tab.evaluate("document.activeElement.id")).isNotEqualTo("search-input");
        assertThat(tab.locator(":target").isVisible()).isTrue();
    }

    @Test
    void arrowUpFromTheBoxSelectsTheLastResult() {
        Page tab = open(server.url("index.html"));
        search(tab, "Kosovo");
        tab.keyboard().press("ArrowUp");
        List<Map<String, Object>> results = results(tab);
        assertThat(results.get(results.size() - 1).get("selected")).isEqualTo("true");
    }

    @Test
    void escapeClosesTheResultsThenClearsTheBox() {
        Page tab = open(server.url("glossary.html"));
        search(tab, "Kosovo");
        tab.keyboard().press("Escape");
        assertThat(tab.locator("#search-panel").isHidden()).isTrue();
        assertThat(tab.locator(INPUT).getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(tab.locator(INPUT).inputValue()).isEqualTo("Kosovo");
        tab.keyboard().press("Escape");
        assertThat(tab.locator(INPUT).inputValue()).isEmpty();
    }

    @Test
    void aQueryWithoutMatchesSaysSo() {
        Page tab = open(server.url("index.html"));
        tab.locator(INPUT).click();
        tab.locator(INPUT).pressSequentially("zzyzx");
        tab.locator("#search-message").waitFor();
        assertThat(tab.locator("#search-message").textContent()).isEqualTo("No results for “zzyzx”.");
        assertThat(tab.locator("#search-status").textContent()).isEqualTo("No results for “zzyzx”.");
        assertThat(tab.locator(INPUT).getAttribute("aria-expanded")).isEqualTo("false");
    }

    @Test
    void slashAndArrowKeysAreLeftAloneOutsideTheBox() {
        Page tab = open(server.url("chapters/crises.html"));
        tab.evaluate("""
                () => { const field = document.createElement('input'); field.id = 'other'; document.querySelector('main').prepend(field);
                        window.prevented = [];
                        addEventListener('keydown', e => window.prevented.push(e.key + ':' + e.defaultPrevented)); }""");
        tab.locator("#other").click();
        tab.keyboard().type("a/b");
        assertThat(tab.locator("#other").inputValue()).isEqualTo("a/b");
        tab.locator("h1").click();
        tab.keyboard().press("ArrowDown");
        tab.keyboard().press("ArrowUp");
        assertThat(tab.evaluate("window.prevented")).isEqualTo(List.of("a:false", "/:false", "b:false",
                "ArrowDown:false", "ArrowUp:false"));
    }

    @Test
    void lunrAndTheIndexLoadOnlyOnFirstUse() {
        Page tab = open(server.url("chapters/enlargement.html"));
        tab.waitForLoadState();
        assertThat(tab.evaluate("typeof window.lunr + ' ' + typeof window.studyguideSearchIndex")).isEqualTo("undefined undefined");
        assertThat(requests).noneMatch(url -> url.endsWith("lunr.min.js") || url.endsWith("search-index.js"));
        tab.locator(INPUT).focus();
        // Polled from Java: a string predicate in the page would need eval, which the site's CSP forbids.
        tab.waitForCondition(() -> Boolean.TRUE.equals(tab.evaluate(
                "typeof window.lunr === 'function' && typeof window.studyguideSearchIndex === 'string'")));
        assertThat(requests).anyMatch(url -> url.equals(server.url("assets/lunr.min.js")))
                .anyMatch(url -> url.equals(server.url("assets/search-index.js")));
    }

    @Test
    void worksOpenedFromDisk() {
        String root = site().toUri().toString();
        Page tab = open(site().resolve("chapters/enlargement.html").toUri().toString());
        search(tab, "Permanent Joint Council");
        List<Map<String, Object>> results = results(tab);
        assertThat(results).extracting(r -> r.get("href").toString()).allMatch(href -> href.startsWith(root));
        assertThat(results).extracting(r -> r.get("href").toString()).contains(root + "glossary.html#PJC");
        tab.keyboard().press("ArrowDown");
        String target = results.get(0).get("href").toString();
        tab.keyboard().press("Enter");
        tab.waitForURL(target);
        assertThat(tab.locator(":target").count()).isEqualTo(1);
    }

    @Test
    void worksUnderAStrictContentSecurityPolicy() {
        List<String> violations = new ArrayList<>();
        context.route("**/*.html", route -> route.fulfill(new Route.FulfillOptions().setResponse(route.fetch())
                .setHeaders(Map.of("Content-Type", "text/html; charset=utf-8", "Content-Security-Policy",
                        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'"))));
        Page tab = open(server.url("chapters/arms-control.html"));
        tab.onConsoleMessage(message -> violations.add(message.text()));
        search(tab, "Founding Act");
        assertThat(results(tab)).isNotEmpty();
        assertThat(violations).isEmpty();
    }

    @Test
    void withoutJavaScriptThereIsNoSearchBoxAndThePageReadsAsBefore() {
        try (BrowserContext noScript = session.browser().newContext(new Browser.NewContextOptions().setJavaScriptEnabled(false))) {
            Page tab = noScript.newPage();
            tab.navigate(server.url("chapters/institutions.html"));
            assertThat(tab.locator("#site-search").isHidden()).isTrue();
            assertThat(tab.locator(".site-links a").count()).isEqualTo(9);
            assertThat(tab.locator(".chapter-body h2").first().isVisible()).isTrue();
        }
    }

    @ParameterizedTest(name = "in the {0} theme")
    @ValueSource(strings = {"light", "dark"})
    void hasNoAccessibilityViolationsWithTheResultsOpen(String theme) {
        try (BrowserContext themed = session.browser().newContext(new Browser.NewContextOptions()
                .setColorScheme(theme.equals("dark") ? ColorScheme.DARK : ColorScheme.LIGHT))) {
            Page tab = themed.newPage();
            tab.navigate(server.url("chapters/institutions.html"));
            search(tab, "Founding Act");
            tab.keyboard().press("ArrowDown");
            assertThat(tab.locator("#search-results").isVisible()).isTrue();
            AxeResults results = new AxeBuilder(tab).withTags(WCAG).analyze();
            assertThat(results.getViolations()).as(() -> results.getViolations().stream()
                    .map(rule -> rule.getId() + ": " + rule.getHelp() + " at " + rule.getNodes().stream().limit(3)
                            .map(n -> String.valueOf(n.getTarget())).toList())
                    .reduce("", (a, b) -> a + "\n" + b)).isEmpty();
        }
    }
}
