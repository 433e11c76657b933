package org.corpusqa.actors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameVariantsTest {

    @Test
    void dropsGivenNamesDownToTheSurname() {
        assertThat(NameVariants.ofPerson("Recep Tayyip Erdoğan"))
                .extracting(NameVariants.Variant::form)
                .containsExactly("Recep Tayyip Erdoğan", "Tayyip Erdoğan", "Recep Erdoğan", "Erdoğan");
    }

    @Test
    void dropsHyphenatedArabicParticles() {
        assertThat(NameVariants.ofPerson("Bashar al-Assad"))
                .extracting(NameVariants.Variant::form, NameVariants.Variant::rule)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Bashar al-Assad", "name"),
                        org.assertj.core.groups.Tuple.tuple("Bashar Assad", "dropped-particle"),
                        org.assertj.core.groups.Tuple.tuple("al-Assad", "surname"),
                        org.assertj.core.groups.Tuple.tuple("Assad", "dropped-particle"));
    }

    @Test
    void keepsSeparateParticlesWithTheSurname() {
        assertThat(NameVariants.ofPerson("Ursula von der Leyen"))
                .extracting(NameVariants.Variant::form)
                .containsExactly("Ursula von der Leyen", "von der Leyen");
    }

    @Test
    void kunyaAloneIsNoGivenName() {
        assertThat(NameVariants.ofPerson("Abu Mujahid"))
                .extracting(NameVariants.Variant::form)
                .containsExactly("Abu Mujahid");
    }

    @Test
    void generationalSuffixIsNoSurname() {
        assertThat(NameVariants.ofPerson("Ferdinand Marcos Jr."))
                .extracting(NameVariants.Variant::form)
                .containsExactly("Ferdinand Marcos Jr.", "Ferdinand Marcos", "Marcos");
    }

    @Test
    void koreanNamesPutTheFamilyNameFirst() {
        assertThat(NameVariants.ofPerson("Yoon Suk Yeol"))
                .extracting(NameVariants.Variant::form)
                .containsExactly("Yoon Suk Yeol", "Yoon");
        assertThat(NameVariants.ofPerson("Moon Jae-in"))
                .extracting(NameVariants.Variant::form)
                .containsExactly("Moon Jae-in", "Moon");
        assertThat(NameVariants.ofPerson("Lee Harvey Oswald"))
                .extracting(NameVariants.Variant::form)
                .contains("Oswald")
                .doesNotContain("Lee");
    }

    @Test
    void aHyphenatedTwoSyllableGivenNameMarksAFamilyNameFirstWhateverItIs() {
        assertThat(NameVariants.ofPerson("Ban Ki-moon"))
                .extracting(NameVariants.Variant::form)
                .containsExactly("Ban Ki-moon", "Ban");
        assertThat(NameVariants.ofPerson("Chiang Kai-shek"))
                .extracting(NameVariants.Variant::form)
                .containsExactly("Chiang Kai-shek", "Chiang");
        assertThat(NameVariants.ofPerson("Jacob Rees-Mogg"))
                .extracting(NameVariants.Variant::form)
                .contains("Rees-Mogg")
                .doesNotContain("Jacob");
        assertThat(NameVariants.ofPerson("Bashar al-Assad"))
                .extracting(NameVariants.Variant::form)
                .contains("Assad");
    }

    @Test
    void singleNameStaysAsItIs() {
        assertThat(NameVariants.ofPerson("Lula"))
                .extracting(NameVariants.Variant::form)
                .containsExactly("Lula");
    }
}
