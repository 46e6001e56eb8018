package org.studyguide.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The stylesheet rewriting that pins the screenshots' fonts. */
class ScreenshotStylesTest {
    @Test
    void eachFontStackBecomesThePinnedFamilyOfItsGenericFamily() {
        String css = """
                :root { font-family: Charter, "Bitstream Charter", Georgia, serif; line-height: 1.6; }
                .site-header { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif }
                code { font-family: ui-monospace, Menlo, monospace; }
                button { font: inherit; }""";
        String pinned = ScreenshotStyles.pinned(css);
        assertThat(pinned)
                .contains(":root { font-family: \"Shot Serif\"; line-height: 1.6; }")
                .contains(".site-header { font-family: \"Shot Sans\"}")
                .contains("code { font-family: \"Shot Mono\"; }")
                .contains("button { font: inherit; }")
                .contains("@font-face { font-family: \"Shot Serif\"; src: url(\"screenshot-fonts/LiberationSerif-Bold.ttf\");"
                        + " font-weight: 700; font-style: normal; }")
                .doesNotContain("Charter", "system-ui", "Menlo");
    }
}
