package org.studyguide.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real guide built and served once per test class, and one recorded tab per test: the tab must
 * have run without script errors, policy violations or requests to other hosts.
 */
abstract class RecordedPages {
    @TempDir
    static Path out;

    static RecordingGuide guide;
    private RecordingGuide.Tab recorded;

    @BeforeAll
    static void buildAndServe() throws Exception {
        guide = RecordingGuide.start(out);
    }

    @AfterAll
    static void stop() {
        if (guide != null) {
            guide.close();
        }
    }

    @AfterEach
    void closeTab() {
        if (recorded != null) {
            recorded.assertNoProblems();
            recorded.close();
            recorded = null;
        }
    }

    /** Opens {@code page} in a new tab, after checking and closing the test's previous one. */
    Page open(String page, Browser.NewContextOptions options) {
        return record(guide.open(page, options));
    }

    /** Opens {@code page} from disk ({@code file:}) in a new tab, likewise. */
    Page openFromDisk(String page) {
        return record(guide.openFromDisk(page));
    }

    private Page record(RecordingGuide.Tab tab) {
        closeTab();
        recorded = tab;
        return tab.page();
    }
}
