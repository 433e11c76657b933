package org.corpusqa.numbers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WordIndexTest {
    private static final WordIndex<Integer> INDEX = new WordIndex<>(Map.of("million", 6, "bn", 9, "k", 3, "i", 1));

    private static Integer get(String text, String word) {
        int begin = text.indexOf(word);
        return INDEX.get(text.toCharArray(), begin, begin + word.length());
    }

    @Test
    void findsAWordWhereItStandsInAnyCase() {
        String text = "3 Million, 4 MILLION and 5 million";
        assertThat(get(text, "Million")).isEqualTo(6);
        assertThat(get(text, "MILLION")).isEqualTo(6);
        assertThat(get(text, "million")).isEqualTo(6);
        assertThat(get("1.2bn", "bn")).isEqualTo(9);
    }

    @Test
    void findsNothingForOtherWordsOrParts() {
        String text = "millions of millionaires";
        assertThat(get(text, "millions")).isNull();
        assertThat(get(text, "millionaires")).isNull();
        assertThat(INDEX.get(text.toCharArray(), 0, 7)).isEqualTo(6); // "million" inside "millions": the range decides
        assertThat(get("Zoë", "Zoë")).isNull();
        assertThat(INDEX.get("abc".toCharArray(), 1, 1)).isNull();
    }

    @Test
    void lowercasesOtherCharsAsStringDoes() {
        assertThat(get("10 \u212A", "\u212A")).as("Kelvin sign lowercases to k").isEqualTo(3);
        assertThat(get("\u0130", "\u0130"))
                .as("dotted capital I lowercases to two chars")
                .isNull();
    }

    @Test
    void keepsEveryEntryOfALargeTable() {
        Map<String, Integer> words = new HashMap<>();
        for (int i = 0; i < 500; i++) {
            words.put("w" + Integer.toString(i, 36), i);
        }
        WordIndex<Integer> index = new WordIndex<>(words);
        words.forEach((word, value) -> {
            String text = " " + word.toUpperCase() + " ";
            assertThat(index.get(text.toCharArray(), 1, text.length() - 1)).isEqualTo(value);
        });
    }

    @Test
    void rejectsKeysThatAreNotLowercase() {
        assertThatThrownBy(() -> new WordIndex<>(Map.of("Bn", 9))).isInstanceOf(IllegalArgumentException.class);
    }
}
