package org.corpusqa.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LayoutTest {

    private static List<String> sentences(String text) {
        Layout layout = new Layout(text, QuoteScanner.scan(text).topLevel());
        List<String> result = new ArrayList<>();
        for (int s = 0; s < layout.sentenceCount(); s++) {
            result.add(text.substring(layout.sentenceStart(s), layout.sentenceEnd(s))
                    .strip());
        }
        return result;
    }

    @Test
    void splitsAfterFullStopsButNotAfterAbbreviationsOrInitials() {
        assertThat(sentences("The Kremlin said on Feb. 11 that Mr. Putin and George W. Bush met. Talks ended."))
                .containsExactly("The Kremlin said on Feb. 11 that Mr. Putin and George W. Bush met.", "Talks ended.");
    }

    @Test
    void neverSplitsInsideAQuote() {
        assertThat(sentences("\"It is over. We won,\" he said. Then he left."))
                .containsExactly("\"It is over. We won,\" he said.", "Then he left.");
    }

    @Test
    void aQuoteEndingInAFullStopEndsItsSentence() {
        assertThat(sentences("Forces \"were in control since 2012.\" Regime forces advanced."))
                .containsExactly("Forces \"were in control since 2012.\"", "Regime forces advanced.");
    }

    @Test
    void aQuestionMarkInsideAQuoteBeforeItsAttributionDoesNotSplit() {
        assertThat(sentences("\"Why now?\" asked Smith. \"Go!\" Jones left."))
                .containsExactly("\"Why now?\" asked Smith.", "\"Go!\"", "Jones left.");
    }

    @Test
    void aFullStopInsideAQuoteBeforeItsAttributionDoesNotSplit() {
        assertThat(sentences("\"We won.\" Smith said. \"Now we rest.\" The crowd left."))
                .containsExactly("\"We won.\" Smith said.", "\"Now we rest.\"", "The crowd left.");
    }

    @Test
    void everyLineIsAParagraph() {
        String text = "First line.\n\nSecond line\nThird";
        Layout layout = new Layout(text, List.of());

        assertThat(sentences(text)).containsExactly("First line.", "Second line", "Third");
        assertThat(layout.paragraphOfSentence(2)).isEqualTo(2);
    }
}
