package org.studyguide.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studyguide.diag.Diagnostic;
import org.studyguide.testing.BuiltGuide;
import org.studyguide.testing.GuideFixture;

/** Each common YAML mistake, in a real file of the fixture guide, and the plain words it is reported in. */
class YamlProblemsTest {
    @TempDir
    Path root;

    /** The error of the fixture guide with {@code from} replaced by {@code to} in its readings file. */
    private Diagnostic sourcesWith(String from, String to) {
        assertThat(GuideFixture.SOURCES).contains(from);
        return error("sources.yml", GuideFixture.SOURCES.replace(from, to));
    }

    private Diagnostic error(String file, String text) {
        return GuideFixture.in(root).file(file, text).build().onlyPlainError();
    }

    private String where(Diagnostic d) {
        return BuiltGuide.where(root, d);
    }

    @Test
    void unclosedQuoteIsReportedWhereTheQuoteOpens() {
        Diagnostic d = sourcesWith("venue: Test Review", "venue: \"Test Review");
        assertThat(where(d)).isEqualTo("content/sources.yml:4:10");
        assertThat(d.message()).isEqualTo("this quoted text has no closing quote");
        assertThat(d.hint().orElseThrow()).contains("same quote mark");
    }

    @Test
    void tabIndentation() {
        Diagnostic d = sourcesWith("  venue: Test Review", "\tvenue: Test Review");
        assertThat(where(d)).isEqualTo("content/sources.yml:4:1");
        assertThat(d.message()).isEqualTo("a tab character here: YAML indents with spaces only");
    }

    @Test
    void missingSpaceAfterColon() {
        Diagnostic d = sourcesWith("venue: Test Review", "venue:Test Review");
        assertThat(where(d)).isEqualTo("content/sources.yml:4:3");
        assertThat(d.message()).isEqualTo("'venue:' needs a space after the colon");
        assertThat(d.hint()).contains("write 'venue: T...'");
    }

    @Test
    void missingColon() {
        Diagnostic d = sourcesWith("venue: Test Review", "venue Test Review");
        assertThat(where(d)).isEqualTo("content/sources.yml:4:3");
        assertThat(d.message()).isEqualTo("this line has no ':' after its key");
    }

    @Test
    void colonInsideAValue() {
        Diagnostic d = sourcesWith("note: A cautiously optimistic view.", "note: Optimistic: mostly.");
        assertThat(where(d)).isEqualTo("content/sources.yml:6:19");
        assertThat(d.message()).isEqualTo("this value contains ': ', which YAML reads as the start of another key");
        assertThat(d.hint()).contains("put the whole value in quotes: note: \"Optimistic: mostly.\"");
    }

    @Test
    void keyIndentedMoreThanTheOneAbove() {
        Diagnostic d = sourcesWith("  venue: Test Review", "    venue: Test Review");
        assertThat(where(d)).isEqualTo("content/sources.yml:4:10");
        assertThat(d.message()).startsWith("this line is indented more than the key above it");
    }

    @Test
    void keyIndentedLessThanItsNeighbours() {
        Diagnostic d = sourcesWith("  venue: Test Review", " venue: Test Review");
        assertThat(where(d)).isEqualTo("content/sources.yml:4:2");
        assertThat(d.message()).isEqualTo("this line is not indented like the lines around it");
    }

    @Test
    void keyWhereAListItemWasExpected() {
        Diagnostic d = error("sources.yml", GuideFixture.SOURCES + "id: reading-b\n");
        assertThat(where(d)).isEqualTo("content/sources.yml:7:1");
        assertThat(d.message()).isEqualTo("a 'key: value' line where another list item ('- ') was expected");
    }

    @Test
    void listItemWhereAKeyWasExpected() {
        Diagnostic d = error("guide.yml", GuideFixture.GUIDE.replace("language: en\n", "language: en\n- stray\n"));
        assertThat(where(d)).isEqualTo("content/guide.yml:4:1");
        assertThat(d.message()).isEqualTo("a list item ('- ') where a 'key: value' line was expected");
    }

    @Test
    void unclosedBracketInFrontMatterIsReportedAtItsLineInTheChapter() {
        Diagnostic d = error("chapters/second.md", GuideFixture.SECOND.replace("[reading-a]", "[reading-a"));
        assertThat(where(d)).isEqualTo("content/chapters/second.md:4:11");
        assertThat(d.message()).isEqualTo("the '[' here is never closed");
    }

    @Test
    void textAfterTheClosingQuote() {
        Diagnostic d = sourcesWith("venue: Test Review", "venue: \"Test\" Review");
        assertThat(where(d)).isEqualTo("content/sources.yml:4:17");
        assertThat(d.message()).isEqualTo("text after the closing quote");
    }

    @Test
    void quoteLeftOpenIsFoundAboveTheQuoteThatClosesIt() {
        Diagnostic d = error("quotes.yml", GuideFixture.QUOTES.replace("locator: paragraph 1", "locator: \"paragraph 1"));
        assertThat(where(d)).isEqualTo("content/quotes.yml:4:12");
        assertThat(d.message()).isEqualTo("this quoted text has no closing quote on its line");
    }

    @Test
    void unknownEscapeInDoubleQuotes() {
        Diagnostic d = sourcesWith("venue: Test Review", "venue: \"Test \\q\"");
        assertThat(where(d)).isEqualTo("content/sources.yml:4:17");
        assertThat(d.message()).isEqualTo("'\\q' is not an escape YAML knows in double-quoted text");
    }

    @Test
    void valueStartingWithAReservedCharacter() {
        Diagnostic d = sourcesWith("venue: Test Review", "venue: @home");
        assertThat(where(d)).isEqualTo("content/sources.yml:4:10");
        assertThat(d.message()).isEqualTo("a value cannot start with '@'");
        assertThat(d.hint()).contains("put the value in quotes, e.g. \"@...\"");
    }

    @Test
    void secondDocumentInAFile() {
        Diagnostic d = error("timeline.yml", GuideFixture.TIMELINE.replace("- id: act-1997", "---\n- id: act-1997"));
        assertThat(where(d)).isEqualTo("content/timeline.yml:8:1");
        assertThat(d.message()).isEqualTo("a second document starts here, after a '---' line");
    }

    @Test
    void unclosedBrace() {
        Diagnostic d = sourcesWith("venue: Test Review", "venue: {name: Test Review");
        assertThat(where(d)).isEqualTo("content/sources.yml:4:10");
        assertThat(d.message()).isEqualTo("the '{' here is never closed");
    }

    @Test
    void strayClosingBracket() {
        Diagnostic d = sourcesWith("venue: Test Review", "venue: ] Test Review");
        assertThat(where(d)).isEqualTo("content/sources.yml:4:10");
        assertThat(d.message()).isEqualTo("unexpected ']' here");
    }

    @Test
    void aliasToNoAnchor() {
        Diagnostic d = sourcesWith("venue: Test Review", "venue: *review");
        assertThat(where(d)).isEqualTo("content/sources.yml:4:10");
        assertThat(d.message()).isEqualTo("'*review' refers to an anchor '&review' that is not defined above");
    }

    @Test
    void aStarAlone() {
        Diagnostic d = sourcesWith("venue: Test Review", "venue: *");
        assertThat(where(d)).isEqualTo("content/sources.yml:4:10");
        assertThat(d.message()).isEqualTo("a value cannot start with '*' alone");
    }
}
