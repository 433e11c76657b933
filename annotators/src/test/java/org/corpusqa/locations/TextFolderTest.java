package org.corpusqa.locations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextFolderTest {

    @Test
    void keepsLengthSoOffsetsMapOneToOne() {
        String text = "Mevlüt Çavuşoğlu met Erdoğan in İstanbul’s Beşiktaş — ﬁne.";
        assertThat(TextFolder.fold(text)).hasSameSizeAs(text);
    }

    @Test
    void lowerCasesAndStripsDiacritics() {
        assertThat(TextFolder.fold("São Paulo, Zürich, Kraków, Çavuşoğlu"))
                .isEqualTo("sao paulo, zurich, krakow, cavusoglu");
    }

    @Test
    void foldsTurkishDotlessAndDottedI() {
        assertThat(TextFolder.fold("İstanbul Diyarbakır")).isEqualTo("istanbul diyarbakir");
    }

    @Test
    void unifiesApostrophesAndTreatsHyphensAsSpaces() {
        assertThat(TextFolder.fold("Syria’s Idlib-based N´Djamena Qa`ida"))
                .isEqualTo("syria's idlib based n'djamena qa'ida");
    }

    @Test
    void foldsLettersWithoutDecomposition() {
        assertThat(TextFolder.fold("Łódź Øresund Đakovo")).isEqualTo("lodz oresund dakovo");
    }
}
