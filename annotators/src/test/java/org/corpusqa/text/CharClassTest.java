package org.corpusqa.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CharClassTest {
    @Test
    void answersAsCharacterDoesForEveryChar() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            assertThat(CharClass.isSpace(c))
                    .as("space U+%04X", (int) c)
                    .isEqualTo(Character.isWhitespace(c) || Character.isSpaceChar(c));
            assertThat(CharClass.isLetterOrDigit(c))
                    .as("letter or digit U+%04X", (int) c)
                    .isEqualTo(Character.isLetterOrDigit(c));
            assertThat(CharClass.isLetter(c)).as("letter U+%04X", (int) c).isEqualTo(Character.isLetter(c));
        }
    }
}
