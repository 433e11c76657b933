package org.corpusqa.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tokens rendered as their folded word, or the punctuation char in brackets. */
class TokensTest {
    private static List<String> tokens(String text) {
        Tokens tokens = new Tokens(text);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            out.add(tokens.isWord(i) ? tokens.word(i) : "[" + tokens.punct(i) + "]");
        }
        return out;
    }

    @Test
    void keepsApostrophesHyphensAndDigitGroupsInsideWords() {
        assertThat(tokens("Russia’s al-Qa’ida, 3.6 and 1,000 «Ç»"))
                .containsExactly("russia's", "al-qa'ida", "[,]", "3.6", "and", "1,000", "[«]", "c", "[»]");
    }

    @Test
    void splitsAtEverySpaceChar() {
        assertThat(tokens("a\u00A0b\u2009c\u3000d\te")).containsExactly("a", "b", "c", "d", "e");
    }

    @Test
    void tellsWordsFromPunctuationAndCase() {
        Tokens tokens = new Tokens("İstanbul said: no");
        assertThat(tokens.word(0)).isEqualTo("istanbul");
        assertThat(tokens.capitalized(0)).isTrue();
        assertThat(tokens.lowerCase(1)).isTrue();
        assertThat(tokens.isWord(2)).isFalse();
        assertThat(tokens.word(2)).isNull();
        assertThat(tokens.punct(2)).isEqualTo(':');
        assertThat(tokens.punct(1)).isEqualTo((char) 0);
        assertThat(tokens.word(4)).isNull();
        assertThat(tokens.punct(-1)).isEqualTo((char) 0);
    }

    @Test
    void findsTokensByOffset() {
        Tokens tokens = new Tokens("He said: no");
        assertThat(tokens.firstFrom(3)).isEqualTo(1);
        assertThat(tokens.firstFrom(4)).isEqualTo(2);
        assertThat(tokens.at(4)).isEqualTo(1);
        assertThat(tokens.at(100)).isEqualTo(4);
    }

    @Test
    void comparesFoldedWordsWithoutFoldingThem() {
        Tokens tokens = new Tokens("ACCORDING to İdlib’s «said» sayings");
        assertThat(tokens.is(0, "according")).isTrue();
        assertThat(tokens.is(1, "to")).isTrue();
        assertThat(tokens.is(1, "t")).isFalse();
        assertThat(tokens.is(2, "idlib's")).isTrue();
        assertThat(tokens.is(3, "«")).as("punctuation").isFalse();
        assertThat(tokens.endsWith(2, "'s")).isTrue();
        assertThat(tokens.endsWith(6, "ings")).isTrue();
        assertThat(tokens.endsWith(1, "into")).isFalse();
        assertThat(tokens.endsWith(3, "«")).isFalse();
        assertThat(tokens.is(7, "x")).isFalse();
        assertThat(tokens.length(2)).isEqualTo(7);
    }
}
