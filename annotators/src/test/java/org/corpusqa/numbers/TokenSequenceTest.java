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
}
