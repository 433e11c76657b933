package org.corpusqa.actors;

import static org.assertj.core.api.Assertions.assertThat;

import org.corpusqa.actors.ActorLexicon.Words;
import org.junit.jupiter.api.Test;

class VocabularyTest {
    private final Vocabulary vocabulary = Vocabulary.get();

    private int facts(String text, int begin, int end) {
        int id = vocabulary.find(text.toCharArray(), begin, end);
        return id < 0 ? -1 : vocabulary.facts(id);
    }

    @Test
    void knowsTheListsOfALexiconWordWhereItStands() {
        int said = facts("he said so", 3, 7);

        assertThat(said & ActorLexicon.bit(Words.SPEECH_VERBS)).isNotZero();
        assertThat(said & ActorLexicon.bit(Words.MONTHS_DAYS)).isZero();
        assertThat(vocabulary.word(vocabulary.find("said".toCharArray(), 0, 4))).isEqualTo("said");
    }

    @Test
    void knowsTheWordsThatStartAnOfficeWording() {
        assertThat(facts("the foreign minister", 4, 11) & Vocabulary.OFFICE_START)
                .isNotZero();
        assertThat(facts("the foreign minister", 0, 3) & Vocabulary.OFFICE_START)
                .isZero();
    }

    @Test
    void knowsNothingOfOtherWords() {
        assertThat(facts("zyxwv", 0, 5)).isEqualTo(-1);
    }
}
