package org.corpusqa.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordTableTest {

    @Test
    void findsWordsWhereTheyStandInATextAndNumbersThemInOrder() {
        WordTable table = new WordTable(List.of("the", "minister", "said", ","));
        String text = "the minister, said the";

        assertThat(table.find(text.toCharArray(), 0, 3)).isZero();
        assertThat(table.find(text.toCharArray(), 4, 12)).isEqualTo(1);
        assertThat(table.find(text.toCharArray(), 12, 13)).isEqualTo(3);
        assertThat(table.find(text.toCharArray(), 14, 18)).isEqualTo(2);
        assertThat(table.word(table.find(text.toCharArray(), 19, 22))).isSameAs(table.word(0));
    }

    @Test
    void findsNoPrefixExtensionOrOtherWord() {
        WordTable table = new WordTable(List.of("minister", "min"));
        String text = "ministers mini minister";

        assertThat(table.find(text.toCharArray(), 0, 9)).isEqualTo(-1);
        assertThat(table.find(text.toCharArray(), 10, 14)).isEqualTo(-1);
        assertThat(table.find(text.toCharArray(), 0, 3)).isEqualTo(1);
        assertThat(table.find(text.toCharArray(), 15, 23)).isZero();
        assertThat(table.find(text.toCharArray(), 3, 3)).isEqualTo(-1);
    }

    @Test
    void findsALowercaseWordWrittenInAnyAsciiCaseOnlyWhenAskedTo() {
        WordTable table = new WordTable(List.of("million", "bn"));
        char[] text = "3 MILLION, 4 Million, 1.2Bn".toCharArray();

        assertThat(table.findLoweringAscii(text, 2, 9)).isZero();
        assertThat(table.findLoweringAscii(text, 13, 20)).isZero();
        assertThat(table.findLoweringAscii(text, 25, 27)).isEqualTo(1);
        assertThat(table.find(text, 2, 9)).as("exact lookup keeps the case").isEqualTo(-1);
        assertThat(table.findLoweringAscii("billion".toCharArray(), 0, 7)).isEqualTo(-1);
    }

    @Test
    void keepsWordsWhoseHashesCollide() {
        // "Aa" and "BB" have the same String.hashCode
        WordTable table = new WordTable(List.of("Aa", "BB", ""));

        assertThat(table.find("BB".toCharArray(), 0, 2)).isEqualTo(1);
        assertThat(table.find("Aa".toCharArray(), 0, 2)).isZero();
        assertThat(table.find("x".toCharArray(), 0, 0)).isEqualTo(2);
    }

    @Test
    void findsEveryWordOfALargeTable() {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            words.add("w" + i);
        }
        WordTable table = new WordTable(words);

        assertThat(table.size()).isEqualTo(5000);
        for (int i = 0; i < 5000; i++) {
            String text = " w" + i + " ";
            assertThat(table.find(text.toCharArray(), 1, text.length() - 1)).isEqualTo(i);
        }
        assertThat(table.find("w5000".toCharArray(), 0, 5)).isEqualTo(-1);
    }

    @Test
    void refusesAWordTwice() {
        assertThatThrownBy(() -> new WordTable(List.of("a", "a"))).isInstanceOf(IllegalArgumentException.class);
    }
}
