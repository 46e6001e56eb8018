package org.studyguide.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.Media;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studyguide.testing.BrowserSession;
import org.studyguide.testing.GuideFixture;
import org.studyguide.testing.SiteServer;

/**
 * The print stylesheet and the print controls in headless chromium, on the fixture guide served
 * under a sub-path: computed styles with print media emulated, and {@code window.print} recorded
 * rather than opening a dialog. Any console error (a CSP violation is one) fails the test.
 */
class PrintBrowserIT {
    private static final String URL = "https://www.nato.int/cps/en/natohq/topics_50091.htm";
    private static final String FIRST = """
            ---
            title: First chapter
            summary: The first one.
            questions:
              - question: What is the NRC?
                answer: A council created in 2002.
              - question: What did it replace?
                answer: The PJC, in 2002.
            ---
            ## Beginnings

            The NRC replaced the PJC in 2002. The NRC met often; see [NATO's page](%s).

            ![[quote:first-quote]]

            ## Later

            The NRC again.
            """.formatted(URL);
    /** Counts calls to {@code window.print} instead of opening the dialog. */
    private static final String RECORD_PRINT = "window.printCalls = 0; window.print = () => { window.printCalls++; };";

    @TempDir
    static Path root;

    private static SiteServer server;
    private static BrowserSession session;

    private final List<String> errors = new CopyOnWriteArrayList<>();
    private BrowserContext context;

    @BeforeAll
    static void buildAndServe() throws Exception {
        GuideFixture fixture = GuideFixture.in(root).file("chapters/first.md", FIRST);
        assertThat(fixture.build().errors()).isEmpty();
        server = SiteServer.start(fixture.out(), "/guide/");
        session = BrowserSession.start();
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

    @AfterEach
    void close() {
        if (context != null) {
            context.close();
        }
        assertThat(errors).as("console errors").isEmpty();
    }

    private Page open(String path, boolean javaScript) {
        return open(path, new Browser.NewContextOptions().setJavaScriptEnabled(javaScript));
    }

    private Page open(String path, Browser.NewContextOptions options) {
        context = session.browser().newContext(options);
        context.addInitScript(RECORD_PRINT);
        Page page = context.newPage();
        page.onConsoleMessage(message -> {
            if (message.type().equals("error")) {
                errors.add(message.text());
            }
        });
        page.onPageError(errors::add);
        page.navigate(server.url(path));
        page.waitForLoadState(LoadState.NETWORKIDLE);
        return page;
    }

    private static Page printed(Page page) {
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        return page;
    }

    private static String style(Page page, String selector, String property) {
        return (String) page.evaluate("([s, p]) => getComputedStyle(document.querySelector(s))[p]", List.of(selector, property));
    }

    private static String after(Page page, String selector) {
        return (String) page.evaluate("s => getComputedStyle(document.querySelector(s), '::after').content", selector);
    }

    private static double top(Page page, String selector) {
        return ((Number) page.evaluate("s => document.querySelector(s).getBoundingClientRect().top", selector)).doubleValue();
    }

    /** True when the element is rendered: not in a closed {@code details}, not hidden by any ancestor. */
    private static boolean shown(Page page, String selector) {
        return (Boolean) page.evaluate("s => document.querySelector(s).checkVisibility()", selector);
    }

    @Test
    void printHidesNavigationSearchAndButtonsAndSetsASerif() {
        Page page = printed(open("chapters/first.html", true));
        for (String hidden : List.of(".site-header", "#site-search", "nav.chapters", ".page-toc", ".pager",
                ".print-controls", ".print-controls button", ".pdf-link", ".skip-link")) {
            assertThat(style(page, hidden, "display")).as(hidden).isEqualTo("none");
        }
        assertThat(style(page, "main p", "fontFamily")).startsWith("Charter").endsWith("serif").doesNotContain("system-ui");
        assertThat(style(page, ".chapter-body p", "fontSize")).isEqualTo("14.6667px");
        assertThat(style(page, "html", "backgroundColor")).isEqualTo("rgb(255, 255, 255)");
        assertThat(style(page, ".chapter-body p", "color")).isEqualTo("rgb(0, 0, 0)");
    }

    @Test
    void theDarkThemePrintsBlackOnWhite() {
        Page page = open("chapters/first.html", new Browser.NewContextOptions().setColorScheme(ColorScheme.DARK));
        page.locator(".theme-toggle").click();
        page.locator(".theme-toggle").click();
        assertThat(page.locator("html").getAttribute("data-theme")).isEqualTo("dark");
        assertThat(style(page, "html", "backgroundColor")).isNotEqualTo("rgb(255, 255, 255)");
        printed(page);
        assertThat(style(page, "html", "backgroundColor")).isEqualTo("rgb(255, 255, 255)");
        assertThat(style(page, ".chapter-body p", "color")).isEqualTo("rgb(0, 0, 0)");
        assertThat(style(page, "figure.quote", "backgroundColor")).isEqualTo("rgb(255, 255, 255)");
    }

    @Test
    void theQuotationFiltersAreLeftOut() {
        Page page = printed(open("quotes.html", true));
        assertThat(style(page, "form.filters", "display")).isEqualTo("none");
        assertThat(style(page, ".quote-card", "breakInside")).isEqualTo("avoid");
    }

    @Test
    void headingsStayWithWhatFollowsAndQuotationsKeepTogetherWithTheirAttribution() {
        Page page = printed(open("chapters/first.html", true));
        for (String heading : List.of("h1", ".chapter-body h2", ".review h2")) {
            assertThat(style(page, heading, "breakAfter")).as(heading).isEqualTo("avoid");
        }
        assertThat(style(page, "figure.quote", "breakInside")).isEqualTo("avoid");
        assertThat(style(page, "figure.quote figcaption", "display")).isEqualTo("block");
        assertThat(page.locator("figure.quote figcaption").innerText()).contains("Reading A", "paragraph 1");
    }

    @Test
    void acronymsAreExpandedAtTheirFirstUseAndExternalLinksShowTheirAddress() {
        Page page = printed(open("chapters/first.html", true));
        assertThat(after(page, ".chapter-body abbr.first[title='NATO-Russia Council']")).isEqualTo("\" (NATO-Russia Council)\"");
        assertThat(after(page, ".chapter-body abbr.first[title='Permanent Joint Council']")).isEqualTo("\" (Permanent Joint Council)\"");
        assertThat(page.locator(".chapter-body abbr[title='NATO-Russia Council']").count()).isEqualTo(3);
        assertThat(after(page, ".chapter-body abbr:not(.first)")).isEqualTo("none");
        assertThat(after(page, ".chapter-body a[href^='http']")).isEqualTo("\" <" + URL + ">\"");
        assertThat(after(page, ".chapter-body a.term")).isEqualTo("none");
        assertThat(after(printed(open("chapters/second.html", true)), "abbr.first")).isEqualTo("\" (Permanent Joint Council)\"");
    }

    @Test
    void theModelAnswersPrintAsAnAnswerKeyAtTheEndOfTheChapter() {
        Page page = open("chapters/first.html", true);
        assertThat(shown(page, ".answer p")).as("answers hidden on screen").isFalse();
        printed(page);
        assertThat(shown(page, ".answer p")).as("answers shown in print").isTrue();
        assertThat(style(page, ".answer summary", "display")).isEqualTo("none");
        assertThat((String) page.evaluate("getComputedStyle(document.querySelector('.questions'), '::before').content"))
                .isEqualTo("\"Answer key\"");
        double lastQuestion = top(page, "#question-2 .question");
        double firstAnswer = top(page, "#question-1 .answer");
        assertThat(firstAnswer).as("answers after every question").isGreaterThan(lastQuestion);
        assertThat(firstAnswer).as("answers after the chapter's lists").isGreaterThan(top(page, ".chapter-refs"));
        assertThat(top(page, "#question-2 .answer")).isGreaterThan(firstAnswer);
        assertThat(page.locator(".answer").first().innerText()).isEqualTo("A council created in 2002.");
        for (String numbered : List.of(".question", ".answer")) {
            assertThat((String) page.evaluate("s => getComputedStyle(document.querySelector(s), '::before').content", numbered))
                    .as("the same counter numbers questions and answers").isEqualTo("counter(q) \".\"");
        }
    }

    @Test
    void theWholeGuidePrintsEachChapterFromANewPage() {
        Page page = printed(open("print.html", true));
        assertThat(style(page, ".title-page", "display")).isEqualTo("block");
        assertThat(style(page, ".print-contents", "display")).isEqualTo("block");
        assertThat(style(page, "article#first", "breakBefore")).isEqualTo("page");
        assertThat(style(page, "article#second", "breakBefore")).isEqualTo("page");
        assertThat(style(page, ".print-controls button", "display")).isEqualTo("none");
    }

    @Test
    void theWholeGuidePageOpensNoPrintDialogButItsButtonPrints() {
        Page page = open("print.html", true);
        assertThat(page.evaluate("window.printCalls")).isEqualTo(0);
        page.getByText("Print the whole guide").click();
        assertThat(page.evaluate("window.printCalls")).isEqualTo(1);
        page.locator("a[href='#second']").first().click();
        assertThat(page.url()).endsWith("/guide/print.html#second");
        assertThat(page.evaluate("window.printCalls")).isEqualTo(1);
    }

    @Test
    void theChapterButtonPrintsWithJavaScriptAndIsHiddenWithout() {
        Page page = open("chapters/first.html", true);
        assertThat(page.evaluate("window.printCalls")).isEqualTo(0);
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Print this chapter")).click();
        assertThat(page.evaluate("window.printCalls")).isEqualTo(1);
        context.close();
        Page withoutScripts = open("chapters/first.html", false);
        assertThat(withoutScripts.locator(".print-controls button").isVisible()).isFalse();
        assertThat(withoutScripts.locator(".print-controls a[href$='print.html']").isVisible()).isTrue();
    }
}
