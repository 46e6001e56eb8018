package org.studyguide.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.studyguide.check.CheckRun.at;
import static org.studyguide.check.CheckRun.check;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.studyguide.diag.Diagnostic;

class ImageAltTest {

    @Test
    void reportsImageWithoutAltAtItsStartTag() {
        List<Diagnostic> found = check(
                "a.html", "<p>Map:\n   <img src=\"map.png\" width=\"10\"></p>",
                "map.png", "png");

        assertThat(found).containsExactly(Diagnostic.error(at("a.html", 2, 4),
                "page a.html has an <img> without an alt attribute",
                "describe what the image shows in alt=\"...\", or write alt=\"\" if it is only decoration"));
    }

    @Test
    void acceptsDescribedAndDecorativeImages() {
        List<Diagnostic> found = check(
                "a.html", "<img src=\"map.png\" alt=\"Map of NATO members in 1999\"><img src=\"map.png\" alt=\"\">",
                "map.png", "png");

        assertThat(found).isEmpty();
    }
}
