package org.studyguide.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studyguide.testing.ServedGuide;

/**
 * The site header looks the same on every page type (no page class may restyle it), and on a phone
 * it is one compact row at the top with the chapter drawer's button in reach.
 */
class HeaderConsistencyIT {
    /** One page of every type the site has. */
    private static final List<String> PAGES = List.of("index.html", "chapters/institutions.html", "glossary.html",
            "quotes.html", "sources.html", "timeline.html", "flashcards.html", "quiz.html", "people.html",
            "key-quotations.html", "print.html", "404.html");

    /** The computed styles that must not change from page to page. */
    private static final String HEADER_STYLES = """
            () => {
              const header = getComputedStyle(document.querySelector('.site-header'));
              const title = getComputedStyle(document.querySelector('.site-title'));
              const link = getComputedStyle(document.querySelector('.site-links a:not([aria-current])'));
              const h1 = getComputedStyle(document.querySelector('main h1'));
              return [
                'header font-size ' + header.fontSize, 'header color ' + header.color,
                'header font-family ' + header.fontFamily, 'header background ' + header.backgroundColor,
                'header height ' + document.querySelector('.site-header').getBoundingClientRect().height,
                'title font-size ' + title.fontSize, 'title color ' + title.color,
                'link font-size ' + link.fontSize, 'link color ' + link.color,
                'h1 color ' + h1.color].join('\\n');
            }""";

    @TempDir
    static Path dir;

    private static ServedGuide guide;

    @BeforeAll
    static void start() {
        guide = ServedGuide.start(dir);
    }

    @AfterAll
    static void stop() {
        guide.close();
    }

    @Test
    void theHeaderAndTheMainHeadingLookTheSameOnEveryPageType() {
        for (int[] size : List.of(new int[] {1366, 900}, new int[] {390, 844})) {
            try (BrowserContext context = guide.session().browser().newContext(
                    new Browser.NewContextOptions().setViewportSize(size[0], size[1]))) {
                Page page = context.newPage();
                Map<String, String> styles = new LinkedHashMap<>();
                for (String path : PAGES) {
                    page.navigate(guide.url(path));
                    styles.put(path, (String) page.evaluate(HEADER_STYLES));
                }
                String home = styles.get("index.html");
                assertThat(home).contains("title font-size 16px");
                assertThat(styles).as("at %d px wide", size[0]).allSatisfy((path, style) ->
                        assertThat(style).as(path).isEqualTo(home));
            }
        }
    }
}
