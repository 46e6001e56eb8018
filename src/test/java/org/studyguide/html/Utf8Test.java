package org.studyguide.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link Utf8} encodes as {@code String.getBytes(UTF_8)} does, lone surrogates and all. */
class Utf8Test {
    /** Characters of every width, and the surrogates alone, in pairs and at the ends. */
    private static final char[] KINDS = {'a', '<', '\n', '\u007f', '\u0080', '\u00e9', '\u07ff', '\u0800', '\u2019',
        '\ud7ff', '\ud83d', '\ude00', '\udbff', '\udfff', '\ue000', '\uffff'};

    @Test
    void encodesAsStringsDo() {
        String text = "Caf\u00e9 \u2019 \ud83d\ude00 \ud83d x \ude00 end\ud83d";
        char[] chars = text.toCharArray();
        assertThat(Utf8.encode(chars, chars.length)).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
        assertThat(Utf8.encode(chars, 4)).isEqualTo("Caf\u00e9".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void encodesThousandsOfRandomTextsAsStringsDo() {
        Random random = new Random(7);
        for (int round = 0; round < 5000; round++) {
            char[] chars = new char[random.nextInt(12)];
            for (int i = 0; i < chars.length; i++) {
                chars[i] = random.nextBoolean() ? KINDS[random.nextInt(KINDS.length)] : (char) random.nextInt(0x10000);
            }
            int length = chars.length == 0 ? 0 : random.nextInt(chars.length + 1);
            assertThat(Utf8.encode(chars, length)).isEqualTo(new String(chars, 0, length).getBytes(StandardCharsets.UTF_8));
        }
    }
}
