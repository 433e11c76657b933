package org.corpusqa.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LexiconIndexTest {
    private static final LexiconIndex INDEX = new LexiconIndex(Map.of("said", 1, "won't", 2, "cavusoglu", 4));

    private static int get(String text, String word) {
        int begin = text.indexOf(word);
        return INDEX.get(text.toCharArray(), begin, begin + word.length());
    }

    @Test
    void findsAWordByItsFoldedChars() {
        assertThat(get("He SAID so", "SAID")).isEqualTo(1);
        assertThat(get("We won’t", "won’t")).isEqualTo(2);
        assertThat(get("Çavuşoğlu said", "Çavuşoğlu")).isEqualTo(4);
    }

    @Test
    void givesZeroForOtherWordsAndParts() {
        assertThat(get("sai", "sai")).isZero();
        assertThat(get("saids", "saids")).isZero();
        assertThat(INDEX.get("said".toCharArray(), 0, 0)).isZero();
        assertThat(get("a very long word indeed", "a very long word indeed")).isZero();
    }

    @Test
    void rejectsKeysThatAreNotFoldedOrHaveNoValue() {
        assertThatThrownBy(() -> new LexiconIndex(Map.of("Said", 1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LexiconIndex(Map.of("said", 0))).isInstanceOf(IllegalArgumentException.class);
    }
}
