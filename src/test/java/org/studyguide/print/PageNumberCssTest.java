package org.studyguide.print;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The PDF stylesheet split into what the pieces of the whole guide draw and what only the page numbers draw. */
class PageNumberCssTest {
    private static final String CSS = """
            /* the foot: content: counter(page) in a comment is not a declaration */
            @page {
              @top-left { content: element(chapter); }
              @bottom-left { content: "Draft; do not cite } " element(guide); width: 75%; }
              @bottom-right { content: counter(page) " / " counter(pages); width: 25%; }
            }
            @page title { @bottom-right { content: none; } }
            @page :first { @top-left { content: "" } }
            .note::before { content: "Note: "; }
            nav a::after { content: leader('.') attr(data-page); }
            """;

    @Test
    void thePiecesDrawEverythingButThePageNumbers() {
        String pieces = PageNumberCss.withoutPageNumbers(CSS);
        assertThat(pieces).doesNotContain("counter(page) \" / \"")
                .contains("@bottom-right { content: none; width: 25%; }")
                .contains("content: element(chapter);", "content: \"Draft; do not cite } \" element(guide);",
                        "content: \"Note: \";", "content: leader('.') attr(data-page);")
                .contains("/* the foot: content: counter(page) in a comment is not a declaration */");
    }

    @Test
    void thePageNumbersDrawNothingElseInTheMargins() {
        String numbers = PageNumberCss.pageNumbersOnly(CSS);
        assertThat(numbers).contains("@bottom-right { content: counter(page) \" / \" counter(pages); width: 25%; }")
                .contains("@top-left { content: none; }", "@bottom-left { content: none; width: 75%; }")
                .contains("@page :first { @top-left { content: none } }")
                // outside @page, nothing of the page-number document is drawn anyway
                .contains(".note::before { content: \"Note: \"; }");
    }

    @Test
    void aPageNumberIsAnyUseOfThePageCounters() {
        assertThat(PageNumberCss.showsPageNumber(" \"Page \" counter( page )")).isTrue();
        assertThat(PageNumberCss.showsPageNumber("counter(pages, upper-roman)")).isTrue();
        assertThat(PageNumberCss.showsPageNumber("counter(section) element(chapter)")).isFalse();
    }
}
