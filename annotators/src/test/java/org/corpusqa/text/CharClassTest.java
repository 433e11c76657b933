package org.corpusqa.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CharClassTest {
    @Test
    void answersAsCharacterDoesForEveryChar() {
        for (int i = 0; i <= Character.MAX_VALUE; i++) {
            char c = (char) i;
            assertThat(CharClass.isSpace(c))
                    .as("space U+%04X", i)
                    .isEqualTo(Character.isWhitespace(c) || Character.isSpaceChar(c));
            assertThat(CharClass.isLetterOrDigit(c))
                    .as("letter or digit U+%04X", i)
                    .isEqualTo(Character.isLetterOrDigit(c));
            assertThat(CharClass.isLetter(c)).as("letter U+%04X", i).isEqualTo(Character.isLetter(c));
            assertThat(CharClass.isUpperCase(c)).as("upper case U+%04X", i).isEqualTo(Character.isUpperCase(c));
            assertThat(CharClass.isLetterOrMark(c))
                    .as("letter or mark U+%04X", i)
                    .isEqualTo(Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK);
            assertThat(CharClass.isLetterDigitOrMark(c))
                    .as("letter, digit or mark U+%04X", i)
                    .isEqualTo(Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK);
        }
    }
}
