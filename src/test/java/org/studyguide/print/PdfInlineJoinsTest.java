package org.studyguide.print;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Punctuation glued to an inline element moves into its text, so no line can break between them. */
class PdfInlineJoinsTest {
    private static Element joined(String html) {
        Element body = Jsoup.parseBodyFragment(html).body();
        PdfInlineJoins.apply(body);
        return body;
    }

    @Test
    void bracketsAndPunctuationBesideALinkMoveIntoIt() {
        Element p = joined("<p>left the PJC (<a href=\"#e\">NATO campaign begins</a>). Then</p>");
        assertThat(p.selectFirst("a").text()).isEqualTo("(NATO campaign begins).");
        assertThat(p.text()).isEqualTo("left the PJC (NATO campaign begins). Then");
    }

    @Test
    void nestedElementsTakeItIntoTheirInnermostText() {
        Element p = joined("<p>the council (<a href=\"#t\"><abbr title=\"x\">PJC</abbr></a>), and “<em>this</em>”.</p>");
        assertThat(p.selectFirst("abbr").text()).isEqualTo("(PJC),");
        assertThat(p.selectFirst("em").text()).isEqualTo("“this”.");
        assertThat(p.text()).isEqualTo("the council (PJC), and “this”.");
    }

    @Test
    void spacedWordsCodeAndSuperscriptsAreLeftAlone() {
        String html = "<p>see <a href=\"#a\">this</a> and <code>x</code>, note<sup>1</sup>.</p>";
        Element p = joined(html);
        assertThat(p.selectFirst("a").text()).isEqualTo("this");
        assertThat(p.selectFirst("code").text()).isEqualTo("x");
        assertThat(p.selectFirst("sup").text()).isEqualTo("1");
        assertThat(p.text()).isEqualTo("see this and x, note1.");
    }
}
