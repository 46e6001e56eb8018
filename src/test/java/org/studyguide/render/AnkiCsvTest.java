package org.studyguide.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studyguide.testing.GuideFixture;

/** The glossary's Anki export: header lines, the three columns, HTML and tags. */
class AnkiCsvTest {
    @TempDir
    Path root;

    private static SelfTestPages.Flashcard card(String headword, String expansion, String html, String... readings) {
        return new SelfTestPages.Flashcard(headword, headword, expansion, html, "/glossary.html#" + headword,
                List.of(readings));
    }

    @Test
    void theFixtureGuideGivesExactlyThisFile() throws IOException {
        GuideFixture.in(root).build().assertClean();
        byte[] bytes = Files.readAllBytes(root.resolve("site").resolve(AnkiCsv.FILE));
        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(String.join("\r\n",
                "#separator:comma",
                "#html:true",
                "#notetype:Basic",
                "#columns:Front,Back,Tags",
                "#tags column:3",
                "NRC,\"<b>NATO-Russia Council</b><br><p>The council founded in 2002, successor of the PJC.</p>\","
                        + "test-guide reading-a",
                "PJC,\"<b>Permanent Joint Council</b><br><p>The council of the Founding Act, 1997.</p>\","
                        + "test-guide reading-a",
                ""));
    }

    @Test
    void isUtf8WithoutAByteOrderMark() {
        byte[] bytes = AnkiCsv.of("Guide", List.of(card("Ostpolitik", "", "<p>“Détente” – eastward.</p>")));
        assertThat(bytes[0]).isEqualTo((byte) '#');
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("<p>“Détente” – eastward.</p>");
    }

    @Test
    void theBackKeepsSimpleHtmlAndDropsLinksAndAbbreviations() {
        String html = """
                <p>See the <a class="term" href="/glossary.html#PJC"><abbr title="Permanent Joint Council">PJC</abbr></a>
                and <em>also</em> <span class="x">this</span>.</p>
                <ul><li>one</li></ul>
                """;
        assertThat(AnkiCsv.back(card("NRC", "NATO-Russia Council", html)))
                .isEqualTo("<b>NATO-Russia Council</b><br><p>See the PJC and <em>also</em> this.</p> <ul><li>one</li></ul>");
    }

    @Test
    void textIsEscapedForAnkisHtmlFields() {
        byte[] bytes = AnkiCsv.of("G", List.of(card("A<B & C", "x < y", "<p>1 &lt; 2</p>")));
        String row = new String(bytes, StandardCharsets.UTF_8).lines().reduce((a, b) -> b).orElseThrow();
        assertThat(row).isEqualTo("A&lt;B &amp; C,<b>x &lt; y</b><br><p>1 &lt; 2</p>,g");
    }

    @Test
    void aHeadwordThatStartsWithAHashIsQuotedSoAnkiDoesNotSkipIt() {
        byte[] bytes = AnkiCsv.of("G", List.of(card("#hashtag", "", "<p>x</p>")));
        assertThat(new String(bytes, StandardCharsets.UTF_8)).endsWith("\r\n\"#hashtag\",<p>x</p>,g\r\n");
    }

    @Test
    void tagsAreTheGuideSlugAndTheReadingsWithoutSpaces() {
        assertThat(AnkiCsv.tags("nato-russia", card("X", "", "", "great-expectations", "a reading")))
                .isEqualTo("nato-russia great-expectations a_reading");
        assertThat(AnkiCsv.tags("", card("X", "", ""))).isEmpty();
    }

    @Test
    void theGuideTagIsASlugOfItsTitle() {
        assertThat(AnkiCsv.slug("NATO–Russia relations, 1991–2021")).isEqualTo("nato-russia-relations-1991-2021");
        assertThat(AnkiCsv.slug("  Économie & Société ")).isEqualTo("economie-societe");
        assertThat(AnkiCsv.slug("!!!")).isEmpty();
    }

    @Test
    void fieldsThatWouldStartAFormulaStartWithACharacterReferenceInstead() {
        byte[] bytes = AnkiCsv.of("", List.of(card("=HYPERLINK(\"x\")", "", "+1"), card("-2", "", "@SUM(A1)"),
                card("\tx", "", "\rY")));
        List<String> rows = new String(bytes, StandardCharsets.UTF_8).lines().skip(5).toList();
        assertThat(rows).containsExactly("&#61;HYPERLINK(&quot;x&quot;),&#43;1,", "&#45;2,&#64;SUM(A1),",
                "&#9;x,Y,");
        for (String row : rows) {
            assertThat(row).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-").doesNotStartWith("@");
            assertThat(row.split(",")).allSatisfy(cell -> assertThat(cell).doesNotMatch("^\"?[=+\\-@\t\r].*"));
        }
    }

    @Test
    void theCharacterReferenceShowsTheSameCharacterInAnkisHtml() {
        assertThat(org.jsoup.Jsoup.parse(AnkiCsv.inert("=1+1")).text()).isEqualTo("=1+1");
        assertThat(AnkiCsv.inert("plain")).isEqualTo("plain");
    }

    @Test
    void readingTagsLoseLeadingFormulaCharacters() {
        assertThat(AnkiCsv.tags("", card("X", "", "", "=cmd", "-", "@home"))).isEqualTo("cmd home");
    }
}
