package org.corpusqa.locations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextLayoutTest {

    @Test
    void sentenceStartsAfterFullStopsColonsDashesAndAtLineStart() {
        String text = "Talks ended. \"Rain fell\": Nice — Split\nBath";
        TextLayout layout = new TextLayout(text);
        assertThat(layout.isSentenceStart(0)).isTrue();
        assertThat(layout.isSentenceStart(text.indexOf("Rain"))).isTrue();
        assertThat(layout.isSentenceStart(text.indexOf("Nice"))).isTrue();
        assertThat(layout.isSentenceStart(text.indexOf("Split"))).isTrue();
        assertThat(layout.isSentenceStart(text.indexOf("Bath"))).isTrue();
        assertThat(layout.isSentenceStart(text.indexOf("ended"))).isFalse();
    }

    @Test
    void titleCaseHeadlinesAreRecognisedButSentencesFullOfNamesAreNot() {
        TextLayout headline = new TextLayout("Erdogan Says Turkey Will Drive Back Syrian Forces");
        assertThat(headline.isTitleLine(0)).isTrue();
        TextLayout sentence = new TextLayout("the Munich Security Conference and the Munich gathering.");
        assertThat(sentence.isTitleLine(0)).isFalse();
        TextLayout sentenceCase =
                new TextLayout("Syria, Turkey battle for ground in Idlib as Moscow peace talks convene");
        assertThat(sentenceCase.isTitleLine(0)).isFalse();
    }

    @Test
    void upperCaseLinesAreRecognisedPerLine() {
        String text = "TROOPS ENTER IDLIB\nTroops entered Idlib.";
        TextLayout layout = new TextLayout(text);
        assertThat(layout.isUpperLine(3)).isTrue();
        assertThat(layout.isUpperLine(text.indexOf("Troops"))).isFalse();
    }

    @Test
    void datelineIsTheCapitalisedRunBeforeTheColonOrBracket() {
        String text = "MUNICH, Germany: HTS fighters\nBEIRUT (Reuters) - more";
        TextLayout layout = new TextLayout(text);
        assertThat(layout.isInDateline(0, 6)).isTrue();
        assertThat(layout.isInDateline(text.indexOf("HTS"), text.indexOf("HTS") + 3))
                .isFalse();
        int beirut = text.indexOf("BEIRUT");
        assertThat(layout.isInDateline(beirut, beirut + 6)).isTrue();
    }

    @Test
    void neighbouringWordsAreSeparatedByOneSpaceOnTheSameLine() {
        String text = "Rebel-held Idlib Province";
        TextLayout layout = new TextLayout(text);
        int idlib = text.indexOf("Idlib");
        TextLayout.Span previous = layout.previousWord(idlib);
        assertThat(text.substring(previous.begin(), previous.end())).isEqualTo("held");
        TextLayout.Span next = layout.nextWord(idlib + 5);
        assertThat(text.substring(next.begin(), next.end())).isEqualTo("Province");
    }

    @Test
    void linesAreFoundForPositionsAskedInAnyOrder() {
        String text = "one\ntwo\n\nfour";
        TextLayout layout = new TextLayout(text);
        int[] positions = {text.indexOf("four"), 0, 5, 3, 4, 8, 9, 2, text.length()};
        int[] lines = {3, 0, 1, 0, 1, 2, 3, 0, 3};
        for (int i = 0; i < positions.length; i++) {
            assertThat(layout.lineOf(positions[i]))
                    .as("line of %d", positions[i])
                    .isEqualTo(lines[i]);
        }
    }
}
