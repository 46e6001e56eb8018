package org.studyguide.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** RFC 4180 quoting, plus the cases Anki's reader needs. */
class CsvTest {

    @ParameterizedTest(name = "[{0}] stays bare")
    @ValueSource(strings = {"NRC", "NATO–Russia Council", "a#b", "it's", "<b>x</b> & y", ""})
    void plainFieldsAreNotQuoted(String value) {
        assertThat(Csv.field(value)).isEqualTo(value);
    }

    @Test
    void fieldsWithSeparatorsQuotesOrLineBreaksAreQuoted() {
        assertThat(Csv.field("a,b")).isEqualTo("\"a,b\"");
        assertThat(Csv.field("say \"no\"")).isEqualTo("\"say \"\"no\"\"\"");
        assertThat(Csv.field("\"")).isEqualTo("\"\"\"\"");
        assertThat(Csv.field("one\ntwo")).isEqualTo("\"one\ntwo\"");
        assertThat(Csv.field("one\r\ntwo")).isEqualTo("\"one\r\ntwo\"");
        assertThat(Csv.field("cr\r")).isEqualTo("\"cr\r\"");
    }

    @Test
    void fieldsThatStartWithAHashOrHaveOuterSpacesAreQuoted() {
        assertThat(Csv.field("#comment")).isEqualTo("\"#comment\"");
        assertThat(Csv.field(" lead")).isEqualTo("\" lead\"");
        assertThat(Csv.field("trail ")).isEqualTo("\"trail \"");
        assertThat(Csv.field("\ttab")).isEqualTo("\"\ttab\"");
    }

    @Test
    void recordsJoinFieldsWithCommasAndEndWithCrlf() {
        assertThat(Csv.record(List.of("a", "b,c", "", "d\"e"))).isEqualTo("a,\"b,c\",,\"d\"\"e\"\r\n");
        assertThat(Csv.record(List.of("only"))).isEqualTo("only\r\n");
    }

    @Test
    void quotedFieldsReadBackToTheOriginal() {
        for (String value : List.of("a,b", "x\"y\"z", "line\r\nbreak", "#tag", " pad ", "plain")) {
            assertThat(unquote(Csv.field(value))).isEqualTo(value);
        }
    }

    /** The RFC 4180 reading of one field, enough to check the writer. */
    private static String unquote(String field) {
        if (!field.startsWith("\"")) {
            return field;
        }
        assertThat(field).endsWith("\"");
        String inner = field.substring(1, field.length() - 1);
        assertThat(inner.replace("\"\"", "")).doesNotContain("\"");
        return inner.replace("\"\"", "\"");
    }
}
