package org.corpusqa.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CharMaskTest {
    private static final CharMask SPACES = CharMask.of(c -> NonstandardSpaceRule.isNonstandardSpace((char) c));

    @Test
    void holdsExactlyTheCharsOfItsPredicate() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            assertThat(SPACES.contains(c)).as("U+%04X", (int) c).isEqualTo(NonstandardSpaceRule.isNonstandardSpace(c));
        }
    }

    @Test
    void aDocumentContainsTheMaskOnlyWhenOneOfItsCharsOccurs() {
        assertThat(SourceDocumentView.of("a.txt", "Plain text, no special space.")
                        .containsAny(SPACES))
                .isFalse();
        assertThat(SourceDocumentView.of("a.txt", "Costs 5\u202F000 euros.").containsAny(SPACES))
                .isTrue();
        assertThat(SourceDocumentView.of("a.txt", "Ends with one\u3000").containsAny(SPACES))
                .isTrue();
    }

    @Test
    void aCharInTheSameWordOfTheCensusButOutsideTheMaskDoesNotCount() {
        // U+2010 (hyphen) shares its 64-char word with the spaces U+2000..U+200B.
        assertThat(SourceDocumentView.of("a.txt", "well\u2010known").containsAny(SPACES))
                .isFalse();
    }

    @Test
    void mojibakeLeadsAreTheCharsASequenceCanBeginWith() {
        assertThat(Mojibake.LEADS.contains('Ã')).isTrue();
        assertThat(Mojibake.LEADS.contains('â')).isTrue();
        assertThat(Mojibake.LEADS.contains('é')).isFalse();
        assertThat(SourceDocumentView.of("a.txt", "CafÃ© au lait").containsAny(Mojibake.LEADS))
                .isTrue();
        assertThat(SourceDocumentView.of("a.txt", "Café au lait").containsAny(Mojibake.LEADS))
                .isFalse();
    }
}
