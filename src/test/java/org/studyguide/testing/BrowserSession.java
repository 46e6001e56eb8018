package org.studyguide.testing;

import static org.junit.jupiter.api.Assertions.fail;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Headless Debian chromium driven by Playwright, for tests of what lives in the browser. No browser
 * is downloaded: the tests use {@code /usr/bin/chromium} (or {@code -Dbrowser.path=...}), and fail
 * with a clear message when it is missing, rather than passing silently.
 */
public final class BrowserSession implements AutoCloseable {
    private static final List<String> FLAGS = List.of("--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run");

    private final Playwright playwright;
    private final Browser browser;

    private BrowserSession(Path executable) {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(executable).setHeadless(true).setArgs(FLAGS));
    }

    /** Starts chromium, or fails the test saying how to install it. */
    public static BrowserSession start() {
        Path executable = Path.of(System.getProperty("browser.path", "/usr/bin/chromium"));
        if (!Files.isExecutable(executable)) {
            fail("BROWSER TESTS CANNOT RUN: no chromium at " + executable
                    + ". Install Debian's chromium (apt-get install chromium) or pass -Dbrowser.path=...");
        }
        return new BrowserSession(executable);
    }

    /** The browser, to open contexts and pages in. */
    public Browser browser() {
        return browser;
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
