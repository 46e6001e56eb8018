package org.studyguide.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The flashcards page of the real guide in headless chromium: by mouse, by keyboard, with and without JavaScript. */
class FlashcardsBrowserIT extends RecordedPages {
    @Test
    void flipNextPreviousByMouse() {
        try (RecordingGuide.Tab tab = guide.open("flashcards.html")) {
            Page page = tab.page();
            List<String> terms = page.locator(".card-list dt").allTextContents();
            assertThat(terms).hasSizeGreaterThanOrEqualTo(60);
            assertThat(page.locator(".card-list").isVisible()).isFalse();
            assertThat(count(page)).isEqualTo("Card 1 of " + terms.size());
            assertThat(page.locator(".deck-term").textContent()).isEqualTo(terms.get(0));

            page.locator(".deck-flip").click();
            assertThat(page.locator(".deck-term").count()).isZero();
            assertThat(page.locator(".deck-back .card-expansion").textContent()).isEqualTo(
                    page.locator(".card-list .card").first().locator(".card-expansion").textContent());
            assertThat(page.locator(".deck-back").textContent()).contains(terms.get(0));
            assertThat(page.locator(".deck-flip").textContent()).isEqualTo("Show term");
            assertThat(page.locator(".deck-card a").count())
                    .as("a link on the card would take a click meant to flip it").isZero();
            assertThat(page.locator(".deck-back").textContent())
                    .as("the definition's linked words stay as text").contains(
                            page.locator(".card-list .card").first().locator(".card-back :not(.card-entry) > a").first().textContent());

            page.locator(".deck-card").click();
            assertThat(page.locator(".deck-term").textContent()).isEqualTo(terms.get(0));

            page.locator(".deck-flip").click();
            page.locator(".deck-next").click();
            assertThat(count(page)).isEqualTo("Card 2 of " + terms.size());
            assertThat(page.locator(".deck-term").textContent()).as("a new card shows its front").isEqualTo(terms.get(1));

            page.locator(".deck-previous").click();
            page.locator(".deck-previous").click();
            assertThat(count(page)).isEqualTo("Card " + terms.size() + " of " + terms.size());
            assertThat(page.locator(".deck-term").textContent()).isEqualTo(terms.get(terms.size() - 1));
            tab.assertNoProblems();
        }
    }

    @Test
    void theGlossaryEntryIsLinkedBelowTheCard() {
        try (RecordingGuide.Tab tab = guide.open("flashcards.html")) {
            Page page = tab.page();
            String first = page.locator(".card-list .card").first().getAttribute("data-term");
            page.locator(".deck-entry a").click();
            page.waitForURL("**/glossary.html#*");
            assertThat(page.url()).endsWith("glossary.html#" + first);
        }
    }

    @Test
    void keysActOnlyWhileFocusIsInsideTheDeck() {
        try (RecordingGuide.Tab tab = guide.open("flashcards.html")) {
            Page page = tab.page();
            List<String> terms = page.locator(".card-list dt").allTextContents();
            page.locator(".deck-flip").focus();
            page.keyboard().press("ArrowRight");
            assertThat(count(page)).isEqualTo("Card 2 of " + terms.size());
            page.keyboard().press("f");
            assertThat(page.locator(".deck-back").isVisible()).isTrue();
            page.keyboard().press("F");
            assertThat(page.locator(".deck-term").textContent()).isEqualTo(terms.get(1));
            page.keyboard().press("ArrowLeft");
            assertThat(page.locator(".deck-term").textContent()).isEqualTo(terms.get(0));

            page.keyboard().press("Enter");
            assertThat(page.locator(".deck-back").isVisible()).as("Enter presses the focused button").isTrue();
            page.keyboard().press("Tab");
            page.keyboard().press("Space");
            assertThat(count(page)).as("Tab reaches Next, Space presses it").isEqualTo("Card 2 of " + terms.size());

            page.locator("h1").click();
            page.keyboard().press("ArrowRight");
            page.keyboard().press("f");
            page.keyboard().press("s");
            assertThat(count(page)).as("keys outside the deck do nothing").isEqualTo("Card 2 of " + terms.size());
            assertThat(page.locator(".deck-term").textContent()).isEqualTo(terms.get(1));
            tab.assertNoProblems();
        }
    }

    @Test
    void shuffleByMouseAndByKeyboardDealsEveryCardInANewOrder() {
        try (RecordingGuide.Tab tab = guide.open("flashcards.html")) {
            Page page = tab.page();
            List<String> terms = page.locator(".card-list dt").allTextContents();
            page.locator(".deck-next").click();
            page.locator(".deck-shuffle").click();
            assertThat(count(page)).isEqualTo("Card 1 of " + terms.size());
            List<String> byMouse = deal(page, terms.size(), () -> page.locator(".deck-next").click());
            assertThat(byMouse).containsExactlyInAnyOrderElementsOf(terms).isNotEqualTo(terms);

            page.locator(".deck-next").focus();
            page.keyboard().press("s");
            assertThat(count(page)).isEqualTo("Card 1 of " + terms.size());
            List<String> byKeys = deal(page, terms.size(), () -> page.keyboard().press("ArrowRight"));
            assertThat(byKeys).containsExactlyInAnyOrderElementsOf(terms).isNotEqualTo(terms).isNotEqualTo(byMouse);
            tab.assertNoProblems();
        }
    }

    @Test
    void knownMarksAreKeptAndCanBeSkipped() {
        try (RecordingGuide.Tab tab = guide.open("flashcards.html")) {
            Page page = tab.page();
            List<String> terms = page.locator(".card-list dt").allTextContents();
            Locator known = page.locator(".deck-known");
            assertThat(known.getAttribute("aria-pressed")).isEqualTo("false");
            known.click();
            assertThat(known.getAttribute("aria-pressed")).isEqualTo("true");
            assertThat(page.locator(".deck-known-count").textContent()).isEqualTo("1 of " + terms.size() + " marked known.");

            page.reload();
            assertThat(page.locator(".deck-known").getAttribute("aria-pressed")).as("kept in localStorage").isEqualTo("true");
            page.locator(".deck-next").focus();
            page.keyboard().press("ArrowRight");
            page.keyboard().press("k");
            assertThat(page.locator(".deck-known").getAttribute("aria-pressed")).isEqualTo("true");
            assertThat(page.locator(".deck-known-count").textContent()).startsWith("2 of ");

            page.locator(".deck-skip input").check();
            page.locator(".deck-next").click();
            assertThat(page.locator(".deck-term").textContent()).isEqualTo(terms.get(2));
            page.locator(".deck-previous").click();
            assertThat(page.locator(".deck-term").textContent()).as("skips both known cards")
                    .isEqualTo(terms.get(terms.size() - 1));

            page.locator(".deck-reset").click();
            assertThat(page.locator(".deck-known-count").textContent()).startsWith("0 of ");
            tab.assertNoProblems();
        }
    }

    @Test
    void withoutJavaScriptTheWholeListIsShown() {
        try (RecordingGuide.Tab tab = guide.open("flashcards.html", new Browser.NewContextOptions().setJavaScriptEnabled(false))) {
            Page page = tab.page();
            assertThat(page.locator(".deck").count()).isZero();
            assertThat(page.locator(".card-list").isVisible()).isTrue();
            assertThat(page.locator(".card-list .card-back").last().isVisible()).isTrue();
            assertThat(page.locator(".anki-export a").isVisible()).isTrue();
        }
    }

    @Test
    void worksOpenedFromDisk() {
        try (RecordingGuide.Tab tab = guide.openFromDisk("flashcards.html")) {
            Page page = tab.page();
            page.locator(".deck-next").click();
            assertThat(count(page)).startsWith("Card 2 of ");
            tab.assertNoProblems();
        }
    }

    private static String count(Page page) {
        return page.locator(".deck-count").textContent();
    }

    /** The terms shown on the way through the whole deck, moving on with {@code step}. */
    private static List<String> deal(Page page, int size, Runnable step) {
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            seen.add(page.locator(".deck-term").textContent());
            step.run();
        }
        assertThat(count(page)).as("back at the start").isEqualTo("Card 1 of " + size);
        return seen;
    }
}
