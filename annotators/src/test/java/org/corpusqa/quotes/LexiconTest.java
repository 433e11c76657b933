package org.corpusqa.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LexiconTest {
    @Test
    void putsAWordInEveryListThatHasIt() {
        Tokens tokens = new Tokens("The spokesman Said: won’t");
        assertThat(tokens.in(0, Lexicon.DETERMINERS)).isTrue();
        assertThat(tokens.in(0, Lexicon.GAP)).isTrue();
        assertThat(tokens.in(0, Lexicon.REPORTING)).isFalse();
        assertThat(tokens.in(1, Lexicon.VOICE_NOUNS)).isTrue();
        assertThat(tokens.in(1, Lexicon.TITLE_WORDS)).isTrue();
        assertThat(tokens.in(2, Lexicon.REPORTING | Lexicon.ATTITUDE)).isTrue();
        assertThat(tokens.in(3, -1)).as("punctuation is in no list").isFalse();
        assertThat(tokens.in(4, Lexicon.CLAUSE_WORDS)).isTrue();
        assertThat(tokens.in(5, -1)).as("out of range").isFalse();
    }

    @Test
    void looksWordsUpFoldedWhateverTheirCase() {
        Tokens tokens = new Tokens("SAID Sai saids");
        assertThat(tokens.in(0, Lexicon.REPORTING)).isTrue();
        assertThat(tokens.in(1, Integer.MAX_VALUE)).as("in no list").isFalse();
        assertThat(tokens.in(2, Integer.MAX_VALUE)).as("in no list").isFalse();
    }

    @Test
    void readsGapWordsAndAdverbsInLyAsGaps() {
        Tokens tokens = new Tokens("also reportedly fly , only");
        assertThat(Lexicon.isGap(tokens, 0)).isTrue();
        assertThat(Lexicon.isGap(tokens, 1)).isTrue();
        assertThat(Lexicon.isGap(tokens, 2)).as("too short for an adverb").isFalse();
        assertThat(Lexicon.isGap(tokens, 3)).isFalse();
        assertThat(Lexicon.isGap(tokens, 4)).isFalse();
        assertThat(Lexicon.isGap(tokens, 5)).isFalse();
    }
}
