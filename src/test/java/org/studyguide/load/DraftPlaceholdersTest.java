package org.studyguide.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.studyguide.diag.Diagnostics;

/** A "Draft" line counts only where it still starts as the new chapter's placeholder does. */
class DraftPlaceholdersTest {
    private static List<String> warned(String... lines) {
        Diagnostics diagnostics = new Diagnostics();
        DraftPlaceholders.warn(Path.of("a.md"), List.of(lines), diagnostics);
        return diagnostics.sorted().stream()
                .map(d -> d.position().line() + ":" + d.position().column() + " " + d.message()).toList();
    }

    @Test
    void placeholderLinesAreWarnedAtTheirDraftWord() {
        assertThat(warned("summary: Draft summary, one line.", "plain", "  - Draft objective, what", "## Draft section"))
                .containsExactly("1:10 'Draft summary' is a placeholder left by 'new chapter'",
                        "3:5 'Draft objective' is a placeholder left by 'new chapter'",
                        "4:4 'Draft section' is a placeholder left by 'new chapter'");
    }

    @Test
    void theWordDraftElsewhereIsTheAuthorsOwn() {
        assertThat(warned("The Draft summary of 1997 was rejected.", "Draft\tsection", "summary: a Draft summary",
                "Draftsman's text")).isEmpty();
    }
}
