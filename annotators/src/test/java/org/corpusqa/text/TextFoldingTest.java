package org.corpusqa.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextFoldingTest {

    @Test
    void foldsTurkishLettersAndDiacriticsKeepingLength() {
        String original = "Mevlüt Çavuşoğlu, İstanbul, Işık";
        String folded = TextFolding.fold(original);

        assertThat(folded).isEqualTo("mevlut cavusoglu, istanbul, isik");
        assertThat(folded).hasSameSizeAs(original);
    }

    @Test
    void foldsApostropheLookAlikes() {
        assertThat(TextFolding.fold("Russia’s Turkey´s al-Qa`ida")).isEqualTo("russia's turkey's al-qa'ida");
    }

    @Test
    void foldsDecomposedMarksAsWell() {
        assertThat(TextFolding.fold("Erdog\u0306an")).isEqualTo("erdog\u0306an");
        assertThat(TextFolding.fold("Erdoğan")).isEqualTo("erdogan");
    }

    @Test
    void foldsStringsAndOtherCharSequencesToTheSameChars() {
        String original = "Çavuşoğlu’s İzmir";

        assertThat(TextFolding.foldChars(original))
                .containsExactly(TextFolding.foldChars(new StringBuilder(original)))
                .containsExactly(TextFolding.fold(original).toCharArray());
    }
}
