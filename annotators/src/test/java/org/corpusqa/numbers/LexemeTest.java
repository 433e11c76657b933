package org.corpusqa.numbers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LexemeTest {
    private static Lexeme of(String word) {
        return Lexeme.of(word.toCharArray(), 0, word.length());
    }

    @Test
    void holdsWhatEachTableSaysAboutTheWord() {
        assertThat(of("Seven").small).isEqualTo(7);
        assertThat(of("zero").small).isZero();
        assertThat(of("forty").tens).isEqualTo(4);
        assertThat(of("third").smallOrdinal).isEqualTo(3);
        assertThat(of("third").denominator).isEqualTo(3);
        assertThat(of("sixtieth").tensOrdinal).isEqualTo(6);
        assertThat(of("MILLION").scale).isEqualTo(1e6);
        assertThat(of("hundredth").scaleOrdinal).isEqualTo(1e2);
        assertThat(of("bn").scaleAbbreviation).isEqualTo(1e9);
        assertThat(of("dozens").vaguePlural).containsExactly(24, 99);
        assertThat(of("Sept").month).isEqualTo(9);
        assertThat(of("USD").currencyCode).isEqualTo("USD");
        assertThat(of("Rs").currencyCode).isEqualTo("INR");
        assertThat(of("Rs").word).isEqualTo("rs");
    }

    @Test
    void marksTheTablesThatDoNotHaveTheWord() {
        Lexeme seven = of("seven");
        assertThat(seven.isKnown()).isTrue();
        assertThat(seven.tens).isEqualTo(-1);
        assertThat(seven.smallOrdinal).isEqualTo(-1);
        assertThat(seven.tensOrdinal).isEqualTo(-1);
        assertThat(seven.scale).isZero();
        assertThat(seven.vaguePlural).isNull();
        assertThat(seven.denominator).isZero();
        assertThat(seven.month).isZero();
        assertThat(seven.currencyCode).isNull();
    }

    @Test
    void isNoneForWordsOfNoTable() {
        assertThat(of("people")).isSameAs(Lexeme.NONE);
        assertThat(Lexeme.NONE.isKnown()).isFalse();
        assertThat(Lexeme.NONE.small).isEqualTo(-1);
        assertThat(Lexeme.NONE.word).isEmpty();
    }
}
