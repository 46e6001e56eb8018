package org.studyguide.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The "who said it?" quiz of the real guide in headless chromium: feedback, score, keys, and the page without JavaScript. */
class QuizBrowserIT extends RecordedPages {
    @Test
    void answersByMouseGetImmediateFeedbackAndCountInTheScore() {
        try (RecordingGuide.Tab tab = guide.open("quiz.html")) {
            Page page = tab.page();
            int quotes = page.locator(".quiz-list .quiz-item").count();
            assertThat(page.locator(".quiz-list").isVisible()).isFalse();
            assertThat(page.locator(".quiz-count").textContent()).isEqualTo("Question 1 of " + quotes);
            assertThat(score(page)).isEqualTo("Score: 0 of 0.");
            assertThat(page.locator(".quiz-feedback").getAttribute("role")).isEqualTo("status");

            choices(page).nth(rightChoice(page)).click();
            assertThat(page.locator(".quiz-feedback .quiz-verdict").textContent()).isEqualTo("Right. Score: 1 of 1.");
            assertThat(page.locator(".quiz-feedback .quiz-source").textContent()).contains(attribution(page));
            assertThat(score(page)).isEqualTo("Score: 1 of 1.");
            assertThat(choices(page).nth(rightChoice(page)).textContent()).endsWith("(the answer)");
            assertThat(choices(page).nth(wrongChoice(page)).getAttribute("aria-disabled")).isEqualTo("true");
            choices(page).nth(wrongChoice(page)).click(new Locator.ClickOptions().setForce(true));
            assertThat(score(page)).as("a question is answered once").isEqualTo("Score: 1 of 1.");

            page.locator(".quiz-next").click();
            assertThat(page.locator(".quiz-count").textContent()).isEqualTo("Question 2 of " + quotes);
            assertThat(page.locator(".quiz-feedback").textContent()).isEmpty();
            assertThat(page.evaluate("document.activeElement.className")).isEqualTo("quiz-question");

            int wrong = wrongChoice(page);
            choices(page).nth(wrong).click();
            assertThat(page.locator(".quiz-feedback .quiz-verdict").textContent()).isEqualTo("Not quite. Score: 1 of 2.");
            assertThat(choices(page).nth(wrong).textContent()).endsWith("(your choice)");
            assertThat(choices(page).nth(rightChoice(page)).textContent()).endsWith("(the answer)");
            assertThat(score(page)).isEqualTo("Score: 1 of 2.");

            page.reload();
            assertThat(score(page)).as("kept in localStorage").isEqualTo("Score: 1 of 2.");
            page.locator(".quiz-reset").click();
            assertThat(score(page)).isEqualTo("Score: 0 of 0.");
            tab.assertNoProblems();
        }
    }

    @Test
    void numberKeysAnswerAndNMovesOnOnlyWhileFocusIsInsideTheQuiz() {
        try (RecordingGuide.Tab tab = guide.open("quiz.html")) {
            Page page = tab.page();
            page.locator("h1").click();
            page.keyboard().press("1");
            page.keyboard().press("n");
            assertThat(score(page)).as("keys outside the quiz do nothing").isEqualTo("Score: 0 of 0.");
            assertThat(page.locator(".quiz-count").textContent()).startsWith("Question 1 of ");

            choices(page).first().focus();
            page.keyboard().press(String.valueOf(rightChoice(page) + 1));
            assertThat(page.locator(".quiz-verdict").textContent()).startsWith("Right.");
            page.keyboard().press("n");
            assertThat(page.locator(".quiz-count").textContent()).startsWith("Question 2 of ");
            page.keyboard().press(String.valueOf(wrongChoice(page) + 1));
            assertThat(page.locator(".quiz-verdict").textContent()).startsWith("Not quite.");
            assertThat(score(page)).isEqualTo("Score: 1 of 2.");

            page.locator(".quiz-next").focus();
            page.keyboard().press("Enter");
            page.keyboard().press("Tab");
            page.keyboard().press("Tab");
            page.keyboard().press("Enter");
            assertThat(page.locator(".quiz-verdict").textContent()).as("Tab reaches the answers, Enter picks one")
                    .matches("(Right|Not quite)\\. Score: \\d of 3\\.");
            tab.assertNoProblems();
        }
    }

    @Test
    void withoutJavaScriptEveryQuotationIsListedWithItsAnswerOnRequest() {
        try (RecordingGuide.Tab tab = guide.open("quiz.html", new Browser.NewContextOptions().setJavaScriptEnabled(false))) {
            Page page = tab.page();
            assertThat(page.locator(".quiz-box").count()).isZero();
            Locator first = page.locator(".quiz-item").first();
            assertThat(first.locator("blockquote").isVisible()).isTrue();
            assertThat(first.locator(".quiz-answer p").isVisible()).isFalse();
            first.locator("summary").click();
            assertThat(first.locator(".quiz-answer p").isVisible()).isTrue();
        }
    }

    @Test
    void worksOpenedFromDisk() {
        try (RecordingGuide.Tab tab = guide.openFromDisk("quiz.html")) {
            Page page = tab.page();
            choices(page).nth(rightChoice(page)).click();
            assertThat(score(page)).isEqualTo("Score: 1 of 1.");
            tab.assertNoProblems();
        }
    }

    private static Locator choices(Page page) {
        return page.locator(".quiz-choice");
    }

    private static String score(Page page) {
        return page.locator(".quiz-score").textContent();
    }

    /** The current quotation in the list the quiz is drawn from. */
    private static Locator item(Page page) {
        return page.locator(".quiz-item[data-quote='" + page.locator(".quiz-box").getAttribute("data-quote") + "']");
    }

    private static String attribution(Page page) {
        return item(page).locator(".quiz-answer p").textContent();
    }

    /** The index of the right answer among the choices, found from the list behind the quiz. */
    private static int rightChoice(Page page) {
        Locator item = item(page);
        String speaker = item.getAttribute("data-speaker");
        String expected = page.locator(".quiz-prompt").textContent().equals("Who is speaking?") ? speaker
                : page.locator(".quiz-readings li[data-reading='" + item.getAttribute("data-reading") + "'] a").textContent();
        List<String> labels = page.locator(".quiz-choice .quiz-label").allTextContents();
        assertThat(labels).contains(expected);
        return labels.indexOf(expected);
    }

    private static int wrongChoice(Page page) {
        return rightChoice(page) == 0 ? 1 : 0;
    }
}
