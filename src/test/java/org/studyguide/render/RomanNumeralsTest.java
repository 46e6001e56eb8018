package org.studyguide.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RomanNumeralsTest {
    @Test
    void numbersPartsAsBooksDo() {
        assertThat(RomanNumerals.of(1)).isEqualTo("I");
        assertThat(RomanNumerals.of(3)).isEqualTo("III");
        assertThat(RomanNumerals.of(4)).isEqualTo("IV");
        assertThat(RomanNumerals.of(9)).isEqualTo("IX");
        assertThat(RomanNumerals.of(14)).isEqualTo("XIV");
        assertThat(RomanNumerals.of(1994)).isEqualTo("MCMXCIV");
    }
}
