package org.studyguide.print;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Soft hyphens from the TeX patterns, only in plain words of the guide's language. */
class PdfHyphenatorTest {
    private static final PdfHyphenator ENGLISH = PdfHyphenator.forLanguage("en").orElseThrow();

    private static String marked(String text) {
        return ENGLISH.hyphenateText(text).replace(PdfHyphenator.SOFT_HYPHEN, '|');
    }

    @Test
    void plainWordsGetSoftHyphensAtThePatternsBreakPoints() {
        assertThat(marked("hyphenation and partnership")).isEqualTo("hy|phen|a|tion and part|ner|ship");
        assertThat(marked("(enlargement),")).isEqualTo("(en|large|ment),");
    }

    @Test
    void shortWordsAcronymsNumbersAndAddressesStayWhole() {
        assertThat(marked("the NATO summit of OSCE states")).isEqualTo("the NATO sum|mit of OSCE states");
        for (String whole : new String[] {"NATO", "OSCE’s", "McDonald", "1990s", "2021", "https://example.org/partnership",
                "partnership@example.org", "example.org", "file_partnership", "and/or"}) {
            assertThat(marked(whole)).as(whole).isEqualTo(whole);
        }
    }

    @Test
    void textThatAlreadyHasSoftHyphensIsLeftAsItIs() {
        String once = ENGLISH.hyphenateText("cooperation between organisations");
        assertThat(ENGLISH.hyphenateText(once)).isEqualTo(once);
        assertThat(marked("co\u00ADoperation")).isEqualTo("co|operation");
    }

    @Test
    void theLanguageTagChoosesThePatternsAndAnUnknownLanguageIsNotHyphenated() {
        assertThat(PdfHyphenator.forLanguage("en-GB")).isPresent();
        assertThat(PdfHyphenator.forLanguage("").map(h -> h.hyphenateText("partnership"))).contains("part\u00ADner\u00ADship");
        assertThat(PdfHyphenator.forLanguage("de").orElseThrow().hyphenateText("Zusammenarbeit")).contains("\u00AD");
        assertThat(PdfHyphenator.forLanguage("xx")).isEmpty();
    }
}
