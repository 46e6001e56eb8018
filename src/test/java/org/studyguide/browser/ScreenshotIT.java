package org.studyguide.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;
import com.microsoft.playwright.options.ReducedMotion;
import com.microsoft.playwright.options.ScreenshotAnimations;
import com.microsoft.playwright.options.ScreenshotCaret;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Visual regression: every page type of the real guide at a phone's, a tablet's and a laptop's
 * width, light and dark, compared with committed reference screenshots ({@link ScreenshotReference}).
 * The shots are made deterministic: fixed viewport and device scale, reduced motion, animations and
 * the caret off, pinned fonts ({@link ScreenshotStyles}) loaded before the shot, and a seeded
 * {@code Math.random} (the quiz and the flashcards shuffle). A shot covers the first one and a half
 * screens, which is what a reader sees first and keeps the references small. Re-record after an
 * intended change with {@code -Dscreenshots.update=true} (README, "Visual regression tests").
 */
class ScreenshotIT extends ServedPages {
    /** Every page type, by the name its shots carry; "search" is the home page with search results open. */
    private static final List<Shot> PAGES = List.of(
            new Shot("home", "index.html"), new Shot("chapter", "chapters/institutions.html"),
            new Shot("glossary", "glossary.html"), new Shot("quotes", "quotes.html"),
            new Shot("key-quotations", "key-quotations.html"), new Shot("people", "people.html"),
            new Shot("themes", "themes.html"), new Shot("exam", "exam.html"), new Shot("timeline", "timeline.html"),
            new Shot("sources", "sources.html"), new Shot("flashcards", "flashcards.html"),
            new Shot("quiz", "quiz.html"), new Shot("search", "index.html"), new Shot("404", "404.html"),
            new Shot("print", "print.html"));

    /** A phone, a tablet and a laptop, in CSS pixels. */
    private static final List<Screen> SCREENS = List.of(new Screen(390, 844, true), new Screen(768, 1024, false),
            new Screen(1366, 900, false));

    /** A fixed sequence for Math.random (mulberry32), set before any of the page's scripts runs. */
    private static final String SEEDED_RANDOM = """
            (() => {
              let seed = 20261201;
              Math.random = () => {
                seed = (seed + 0x6d2b79f5) | 0;
                let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
                t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
                return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
              };
            })();""";

    /** Resolves once the pinned fonts are in and two frames have been drawn with them. */
    private static final String SETTLED = "() => document.fonts.ready.then(() => new Promise(resolve =>"
            + " requestAnimationFrame(() => requestAnimationFrame(resolve))))";

    /** Every shot, or with {@code -Dscreenshots.only=quotes,chapter} those of the page types named. */
    static Stream<Arguments> shots() {
        List<String> only = List.of(System.getProperty("screenshots.only", "").split(","));
        return PAGES.stream().filter(shot -> only.equals(List.of("")) || only.contains(shot.name())).flatMap(shot -> SCREENS.stream().flatMap(screen ->
                Stream.of("light", "dark").map(theme -> Arguments.of(shot, screen, theme))));
    }

    @ParameterizedTest(name = "{0} at {1} in the {2} theme")
    @MethodSource("shots")
    void looksAsRecorded(Shot shot, Screen screen, String theme) {
        try (BrowserContext context = guide.session().browser().newContext(new Browser.NewContextOptions()
                .setViewportSize(screen.width(), screen.height()).setDeviceScaleFactor(1)
                .setIsMobile(screen.phone()).setHasTouch(screen.phone())
                .setColorScheme(theme.equals("dark") ? ColorScheme.DARK : ColorScheme.LIGHT)
                .setReducedMotion(ReducedMotion.REDUCE).setLocale("en-GB").setTimezoneId("UTC"))) {
            ScreenshotStyles.install(context);
            context.addInitScript(SEEDED_RANDOM);
            Page page = context.newPage();
            page.navigate(guide.url(shot.path()));
            if (shot.name().equals("search")) {
                page.locator("#search-input").fill("enlargement");
                page.locator(".search-result").first().waitFor();
            }
            page.evaluate(SETTLED);
            assertThat(page.evaluate(ScreenshotStyles.UNPINNED)).as("text in a font the shots do not pin").isNull();
            // A layout fact on every page type at every width: nothing scrolls sideways.
            assertThat(((Number) page.evaluate("document.documentElement.scrollWidth")).intValue())
                    .as("the page's width").isLessThanOrEqualTo(screen.width());

            double pageHeight = ((Number) page.evaluate("document.documentElement.scrollHeight")).doubleValue();
            byte[] png = page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setClip(0, 0, screen.width(), Math.min(pageHeight, screen.height() * 1.5))
                    .setAnimations(ScreenshotAnimations.DISABLED).setCaret(ScreenshotCaret.HIDE));
            ScreenshotReference.check(shot.name() + "-" + screen.width() + "-" + theme, png);
        }
    }

    /** A page type and the page that shows it. */
    record Shot(String name, String path) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** A viewport; a phone also reports touch and a mobile viewport. */
    record Screen(int width, int height, boolean phone) {
        @Override
        public String toString() {
            return width + "x" + height;
        }
    }
}
