package org.studyguide.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The filters of the quotations and timeline pages on the real guide in headless chromium, under
 * the site's strict CSP. What should remain is worked out independently, from the links each card
 * shows in the static page.
 */
class FilterIT extends RecordedPages {
    private Page open(String page, boolean javaScript) {
        return open(page, new Browser.NewContextOptions().setJavaScriptEnabled(javaScript));
    }

    private static Document staticPage(String page) throws Exception {
        return Jsoup.parse(out.resolve("site").resolve(page).toFile(), StandardCharsets.UTF_8.name());
    }

    /** The ids of the visible elements matching {@code selector}, in page order. */
    private static List<String> visibleIds(Page tab, String selector) {
        return ((List<?>) tab.locator(selector + ":visible").evaluateAll("es => es.map(e => e.id)")).stream()
                .map(String::valueOf).toList();
    }

    /** The ids of the cards whose links include one to {@code href}, in page order. */
    private static List<String> cardsLinkingTo(Document page, String cards, String links, String href) {
        return page.select(cards).stream().filter(card -> !card.select(links + "[href=" + href + "]").isEmpty())
                .map(Element::id).toList();
    }

    @Test
    void withoutJavaScriptEveryCardIsShownAndNoFilter() throws Exception {
        for (String page : List.of("quotes.html", "timeline.html")) {
            Page tab = open(page, false);
            String cards = page.equals("quotes.html") ? ".quote-card" : ".event";
            assertThat(tab.locator("form.filters").isVisible()).as(page).isFalse();
            assertThat(tab.locator(cards + ":visible").count()).as(page).isEqualTo(staticPage(page).select(cards).size())
                    .isGreaterThan(50);
        }
    }

    @Test
    void quotationsFilterByReadingThenByTermAndReset() throws Exception {
        Document quotes = staticPage("quotes.html");
        int all = quotes.select(".quote-card").size();
        Page tab = open("quotes.html", true);
        assertThat(tab.locator("form.filters").isVisible()).isTrue();
        assertThat(tab.locator(".filter-status").innerText()).isEqualTo("Showing all " + all + " quotations.");

        String reading = "mid-term-perspectives";
        tab.selectOption("#filter-reading", reading);
        List<String> fromReading = cardsLinkingTo(quotes, ".quote-card", "figcaption a", "sources.html#" + reading);
        assertThat(visibleIds(tab, ".quote-card")).isNotEmpty().isEqualTo(fromReading);
        assertThat(tab.locator(".quote-group:visible").count()).isEqualTo(1);
        assertThat(tab.locator(".filter-status").innerText())
                .isEqualTo("Showing " + fromReading.size() + " of " + all + " quotations.");

        tab.selectOption("#filter-term", "NATO");
        List<String> both = fromReading.stream()
                .filter(cardsLinkingTo(quotes, ".quote-card", ".terms a", "glossary.html#NATO")::contains).toList();
        assertThat(visibleIds(tab, ".quote-card")).isNotEmpty().isEqualTo(both).hasSizeLessThan(fromReading.size());

        tab.selectOption("#filter-reading", "");
        List<String> withTerm = cardsLinkingTo(quotes, ".quote-card", ".terms a", "glossary.html#NATO");
        assertThat(visibleIds(tab, ".quote-card")).isEqualTo(withTerm);
        assertThat(tab.locator(".quote-group:visible").count()).isGreaterThan(1);

        tab.click("form.filters button[type=reset]");
        assertThat(tab.locator(".quote-card:visible").count()).isEqualTo(all);
        assertThat(tab.locator("#filter-term").inputValue()).isEmpty();
    }

    @Test
    void timelineFiltersByTermAndHidesEmptyPeriods() throws Exception {
        Document timeline = staticPage("timeline.html");
        Page tab = open("timeline.html", true);
        assertThat(tab.locator(".period h2").allInnerTexts()).hasSize(4).first().asString().startsWith("1989–1999");

        tab.selectOption("#filter-term", "NRC");
        List<String> withTerm = cardsLinkingTo(timeline, ".event", ".terms a", "glossary.html#NRC");
        assertThat(visibleIds(tab, ".event")).isNotEmpty().isEqualTo(withTerm);
        long periodsWithTerm = timeline.select(".period").stream()
                .filter(p -> p.select(".event").stream().anyMatch(e -> withTerm.contains(e.id()))).count();
        assertThat(tab.locator(".period:visible").count()).isEqualTo((int) periodsWithTerm).isLessThan(4);
        assertThat(tab.locator(".filter-status").innerText())
                .isEqualTo("Showing " + withTerm.size() + " of " + timeline.select(".event").size() + " events.");
    }

    @Test
    void everyEventShowsItsChaptersAndQuotationsAsLinks() throws Exception {
        Element founding = staticPage("timeline.html").getElementById("founding-act-1997");
        assertThat(founding.select(".backlinks a").eachAttr("href")).contains("chapters/institutions.html");
        assertThat(founding.select(".quotes a").eachAttr("href")).isNotEmpty()
                .allSatisfy(href -> assertThat(href).startsWith("quotes.html#"));
    }

    @Test
    void theFiltersFitAPhoneScreen() {
        for (String page : List.of("quotes.html", "timeline.html")) {
            Page tab = open(page, new Browser.NewContextOptions().setViewportSize(320, 640));
            assertThat(tab.locator("form.filters").isVisible()).isTrue();
            assertThat(tab.evaluate("() => document.documentElement.scrollWidth")).as(page).isEqualTo(320);
        }
    }

    @Test
    void filteredPagesPassTheAccessibilityAudit() {
        for (String page : List.of("quotes.html", "timeline.html")) {
            Page tab = open(page, true);
            tab.selectOption("#filter-term", "NRC");
            Locator status = tab.locator(".filter-status");
            assertThat(status.innerText()).startsWith("Showing ");
            AxeResults results = new AxeBuilder(tab)
                    .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa")).analyze();
            assertThat(results.getViolations()).as(page).extracting(v -> v.getId() + ": " + v.getHelp()).isEmpty();
        }
    }
}
