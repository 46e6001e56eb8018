package org.studyguide.browser;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.studyguide.testing.ServedGuide;

/** The real guide built, served and opened in a browser once per test class, and closed after it. */
abstract class ServedPages {
    @TempDir
    static Path dir;

    static ServedGuide guide;

    @BeforeAll
    static void buildAndServe() {
        guide = ServedGuide.start(dir);
    }

    @AfterAll
    static void stop() {
        if (guide != null) {
            guide.close();
        }
    }
}
