package org.studyguide.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.TimeoutError;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studyguide.serve.PreviewServer;
import org.studyguide.testing.BrowserSession;
import org.studyguide.testing.GuideFixture;

/**
 * A page open in headless chromium while the preview runs: it reloads by itself after an edit,
 * shows build errors in an overlay that can be dismissed and passes the accessibility audit, and
 * clears it when the error is fixed, all under the strict Content-Security-Policy without a console error.
 */
class LiveReloadBrowserIT {
    private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    @TempDir
    Path root;

    @Test
    void anOpenPageReloadsAfterEditsAndShowsErrorsInAnOverlay() throws Exception {
        GuideFixture fixture = GuideFixture.in(root).writeFiles();
        Path chapter = fixture.content().resolve("chapters/first.md");
        List<String> problems = new CopyOnWriteArrayList<>();
        StringWriter out = new StringWriter();
        try (PreviewServer server = PreviewServer.start(fixture.options().pdfs(false), 0,
                    new PrintWriter(out, true), new PrintWriter(new StringWriter()));
                BrowserSession session = BrowserSession.start();
                BrowserContext context = session.browser().newContext()) {
            // The event stream never ends, so it cannot pass through a fetching route.
            context.route(url -> !url.contains("/__studyguide/events"), RecordingGuide::withPolicy);
            Page page = context.newPage();
            page.onConsoleMessage(message -> {
                if (message.type().equals("error")) {
                    problems.add("console error: " + message.text());
                }
            });
            page.onPageError(error -> problems.add("script error: " + error));
            page.navigate(server.url().resolve("/chapters/first.html").toString());
            await(page, () -> server.listeners() == 1, "the page never subscribed to reloads");

            page.evaluate("window.beforeTheEdit = true");
            save(chapter, body("The NRC met often; edited in the editor."));
            page.locator("main").getByText("edited in the editor").waitFor();
            assertThat(page.evaluate("window.beforeTheEdit")).isNull();

            save(chapter, body("Broken: see [[NCRX]] here."));
            Locator overlay = page.getByRole(AriaRole.ALERT);
            overlay.waitFor();
            assertThat(overlay.textContent()).contains("The guide has errors")
                    .contains("first.md:13:13: error: unknown term 'NCRX'");
            assertThat(page.evaluate("getComputedStyle(document.querySelector('.studyguide-live')).position"))
                    .isEqualTo("fixed");
            assertThat(page.locator("main").textContent()).contains("edited in the editor").doesNotContain("Broken");
            AxeResults audit = new AxeBuilder(page).withTags(WCAG).analyze();
            assertThat(audit.getViolations()).isEmpty();

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Dismiss")).click();
            assertThat(page.locator(".studyguide-live").count()).isZero();

            save(chapter, body("The NRC met often; fixed again."));
            page.locator("main").getByText("fixed again").waitFor();
            assertThat(page.locator(".studyguide-live").count()).isZero();
            assertThat(Files.readString(fixture.out().resolve("chapters/first.html"))).doesNotContain("__studyguide");
            // The edited page is served before the rest of the site is rebuilt, which may reload it once
            // more: let that rebuild finish first.
            await(page, () -> out.toString().lines().filter(line -> line.startsWith("Rebuilt after ")).count() == 2,
                    "the second good edit's rebuild never finished");
            // Leave the served page, so that no reload's requests are on their way while the context closes.
            page.navigate("about:blank");
        }
        assertThat(problems).isEmpty();
    }

    private static String body(String text) {
        return GuideFixture.FIRST.replace("The NRC replaced the PJC in 2002. The NRC met often.",
                text.startsWith("Broken") ? text : "The NRC replaced the PJC in 2002. " + text);
    }

    private static void save(Path file, String text) throws IOException {
        Path temporary = file.resolveSibling("." + file.getFileName() + ".swp");
        Files.writeString(temporary, text, StandardCharsets.UTF_8);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Waits through the page, so that Playwright keeps serving its routes meanwhile. */
    private static void await(Page page, BooleanSupplier condition, String failure) {
        try {
            page.waitForCondition(condition, new Page.WaitForConditionOptions().setTimeout(120_000));
        } catch (TimeoutError e) {
            fail(failure);
        }
    }
}
