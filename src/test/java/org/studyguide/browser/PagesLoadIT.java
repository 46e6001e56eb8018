package org.studyguide.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * In headless chromium, every page of the real guide loads without a single failed request, both
 * from the GitHub project-pages sub-path and from disk, including the scripts that search and the
 * glossary pop-ups load on first use; and the 404 page, served at a deep missing address, loads
 * its stylesheet and scripts.
 */
class PagesLoadIT extends ServedPages {
    private static List<String> pages() throws IOException {
        try (Stream<Path> files = Files.walk(guide.site())) {
            return files.map(f -> guide.site().relativize(f).toString().replace('\\', '/'))
                    .filter(p -> p.endsWith(".html") && !p.equals("404.html")).sorted().toList();
        }
    }

    /** Opens each page through {@code address} and returns every request that failed or answered an error. */
    private static List<String> failures(Function<String, String> address) throws IOException {
        List<String> failed = new CopyOnWriteArrayList<>();
        try (BrowserContext context = guide.session().browser().newContext()) {
            context.onRequestFailed(request -> failed.add(request.url() + ": " + request.failure()));
            context.onResponse(response -> {
                if (response.status() >= 400) {
                    failed.add(response.url() + ": " + response.status());
                }
            });
            Page page = context.newPage();
            for (String path : pages()) {
                page.navigate(address.apply(path));
                page.waitForLoadState();
            }
            page.navigate(address.apply("chapters/institutions.html"));
            useLazyFeatures(page);
        }
        return failed;
    }

    /** Searches and hovers a glossary term, so that the scripts loaded on first use are requested. */
    private static void useLazyFeatures(Page page) {
        page.locator("#search-input").click();
        page.locator("#search-input").pressSequentially("council");
        page.locator("#search-results [role=option]").first().waitFor();
        page.keyboard().press("Escape");
        page.keyboard().press("Escape");
        page.locator(".chapter-body abbr").first().hover();
        page.waitForSelector("#term-popup", new Page.WaitForSelectorOptions().setState(WaitForSelectorState.VISIBLE));
    }

    @Test
    void everyPageLoadsWithoutAFailedRequestUnderTheSubPath() throws IOException {
        assertThat(failures(guide::url)).isEmpty();
    }

    @Test
    void everyPageLoadsWithoutAFailedRequestFromDisk() throws IOException {
        assertThat(failures(guide::fileUrl)).isEmpty();
    }

    @Test
    void theMissingPageAtADeepAddressLoadsItsStylesAndScripts() {
        List<String> requests = new CopyOnWriteArrayList<>();
        List<String> failed = new CopyOnWriteArrayList<>();
        try (BrowserContext context = guide.session().browser().newContext()) {
            context.onRequestFailed(request -> failed.add(request.url()));
            context.onResponse(response -> requests.add(response.status() + " " + response.url()));
            Page page = context.newPage();
            String missing = guide.url("chapters/old/removed-chapter.html");
            assertThat(page.navigate(missing).status()).isEqualTo(404);
            page.waitForLoadState();
            assertThat(page.title()).startsWith("Page not found");
            assertThat(page.evaluate("getComputedStyle(document.querySelector('.site-header')).display"))
                    .as("the stylesheet applies").isEqualTo("flex");
            page.locator("main a").first().click();
            page.waitForURL(guide.url("index.html"));
        }
        assertThat(failed).isEmpty();
        assertThat(requests).filteredOn(r -> !r.startsWith("200 "))
                .containsExactly("404 " + guide.url("chapters/old/removed-chapter.html"));
        assertThat(requests).contains("200 " + guide.url("assets/style.css"), "200 " + guide.url("assets/site.js"));
    }
}
