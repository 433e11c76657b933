package org.corpusqa.numbers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tokens rendered as {@code [text]TYPE}, so that a failure reads as one short list. */
class TokenSequenceTest {
    private static List<String> tokens(String text) {
        TokenSequence t = TokenSequence.of(text);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            String type = t.isWord(i) ? "W" : t.isDigits(i) ? "D" : "S";
            out.add("[" + text.substring(t.begin(i), t.end(i)) + "]" + type);
        }
        return out;
    }

    @Test
    void cutsWordsDigitGroupsAndSymbols() {
        assertThat(tokens("About 800,000 fled, 3.6%."))
                .containsExactly("[About]W", "[800,000]D", "[fled]W", "[,]S", "[3.6]D", "[%]S", "[.]S");
    }

    @Test
    void keepsLatin1LettersAndCombiningMarksInsideWords() {
        assertThat(tokens("Zoë Ångström e\u0301te")).containsExactly("[Zoë]W", "[Ångström]W", "[e\u0301te]W");
    }

    @Test
    void readsLettersBeyondLatin1AsWords() {
        assertThat(tokens("Erdoğan Łódź Москва")).containsExactly("[Erdoğan]W", "[Łódź]W", "[Москва]W");
    }

    @Test
    void splitsAtEverySpaceCharButNotAtOtherSymbols() {
        assertThat(tokens("a\u00A0b\u2009c\td\u3000e×f"))
                .containsExactly("[a]W", "[b]W", "[c]W", "[d]W", "[e]W", "[×]S", "[f]W");
    }

    @Test
    void matchesAWordInAnyCase() {
        TokenSequence t = TokenSequence.of("About HALF of 5 \u212Am, Öl");
        assertThat(t.is(0, "about")).isTrue();
        assertThat(t.is(1, "half")).isTrue();
        assertThat(t.is(1, "hale")).isFalse();
        assertThat(t.is(2, "o")).isFalse();
        assertThat(t.is(3, "5")).as("digits are no word").isFalse();
        assertThat(t.is(4, "km")).as("the Kelvin sign lowercases to k").isTrue();
        assertThat(t.is(6, "öl")).isTrue();
        assertThat(t.is(7, "öl")).as("out of range").isFalse();
    }

    @Test
    void findsTheLexemeOfEachWordOnce() {
        TokenSequence t = TokenSequence.of("Twenty MILLION people, 3");
        assertThat(t.lexeme(0).tens).isEqualTo(2);
        assertThat(t.lexeme(1).scale).isEqualTo(1e6);
        assertThat(t.lexeme(2)).isSameAs(Lexeme.NONE);
        assertThat(t.lexeme(4)).as("digits").isSameAs(Lexeme.NONE);
        assertThat(t.lexeme(-1)).isSameAs(Lexeme.NONE);
    }

    @Test
    void blocksTheTokensOfChunksThatLookLikeIdentifiers() {
        String text = "5 www.un.org/5 a@b5.com @user5 #G20 http://x.y/7 (https://z) 5:30 5/7 a#5";
        TokenSequence t = TokenSequence.of(text);
        List<String> blocked = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            if (t.isBlocked(i) && (i == 0 || !t.isBlocked(i - 1) || !t.touchesPrevious(i))) {
                int end = i;
                while (end + 1 < t.size() && t.isBlocked(end + 1) && t.touchesPrevious(end + 1)) {
                    end++;
                }
                blocked.add(text.substring(t.begin(i), t.end(end)));
            }
        }
        assertThat(blocked)
                .containsExactly("www.un.org/5", "a@b5.com", "@user5", "#G20", "http://x.y/7", "(https://z)");
    }
}
