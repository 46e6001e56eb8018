package org.studyguide.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** JSON string literals: read back by a JSON parser as the text they were made of, and safe in a script. */
class JsonStringTest {
    @ParameterizedTest
    @ValueSource(strings = {"", "plain", "a \"quoted\" word", "back\\slash", "line\nbreak\ttab\rreturn",
            "bell\u0007 and nul\u0000", "</script><script>alert(1)</script>", "line\u2028and paragraph\u2029separators",
            "NATO–Russia “quoted” é 🛡"})
    void readsBackAsTheSameText(String text) {
        String literal = JsonString.of(text);
        assertThat(JsonParser.parseString(literal).getAsString()).isEqualTo(text);
        assertThat(literal).doesNotContain("<").doesNotContain("\u2028").doesNotContain("\u2029");
        assertThat(literal.chars().filter(c -> c < 0x20)).as("no raw control characters").isEmpty();
    }

    @Test
    void writesTheSameLiteralIntoAWriter() throws IOException {
        String text = "run of plain text \"then\" <more> plain text";
        StringWriter out = new StringWriter();
        JsonString.write(out, text);
        assertThat(out.toString()).isEqualTo(JsonString.of(text))
                .isEqualTo("\"run of plain text \\\"then\\\" \\u003cmore> plain text\"");
    }
}
