package org.studyguide.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.studyguide.diag.Diagnostics;
import org.studyguide.model.Position;

/**
 * A reference check is handed only the references whose URL it {@code concerns}: the URLs it turns
 * away must be ones it never finds anything wrong with, or the filter would hide problems.
 */
class ReferenceConcernsTest {
    private static final List<ReferenceCheck> CHECKS = List.of(new RootRelativeUrls(), new OtherHosts(),
            new TargetFiles(), new TargetFragments());
    private static final List<String> URLS = List.of("", "#", "#x", "#top", "#TOP", "a.html", "a.html#x", "../a.html",
            "../../a.html#y", "dir/", "?q=1", "a.html?q#f", "/", "/a.html", "/a.html#x", "//host/a.png",
            "https://example.org/x.png", "HTTP://example.org", "mailto:x@example.org", "data:image/png;base64,AA",
            "javascript:void(0)", " a.html ", "%41.html#%78", "tel:+1");

    @Test
    void aCheckTurnsAwayOnlyUrlsItFindsNothingWrongWith() {
        int turnedAway = 0;
        for (ReferenceCheck check : CHECKS) {
            for (String text : URLS) {
                Url url = Url.parse(text);
                if (check.concerns(url)) {
                    continue;
                }
                turnedAway++;
                for (Reference.Use use : Reference.Use.values()) {
                    Diagnostics found = new Diagnostics();
                    // No site: a check that turned the URL away must not even look at one.
                    check.check(new Reference(url, "chapters/a.html", use,
                            Place.at(Position.ofFile(Path.of("site/chapters/a.html")))), null, found);
                    assertThat(found.sorted()).as("%s on '%s' (%s)", check.getClass().getSimpleName(), text, use)
                            .isEmpty();
                }
            }
        }
        assertThat(turnedAway).as("URLs turned away, over all checks").isGreaterThan(URLS.size() * 2);
    }

    @Test
    void eachCheckConcernsTheUrlsItReports() {
        assertThat(new RootRelativeUrls().concerns(Url.parse("/a.html"))).isTrue();
        assertThat(new OtherHosts().concerns(Url.parse("https://example.org/x.png"))).isTrue();
        assertThat(new TargetFiles().concerns(Url.parse("../a.html"))).isTrue();
        assertThat(new TargetFragments().concerns(Url.parse("#x"))).isTrue();
        assertThat(new TargetFragments().concerns(Url.parse("a.html"))).isFalse();
        assertThat(new TargetFiles().concerns(Url.parse("#x"))).isFalse();
    }
}
