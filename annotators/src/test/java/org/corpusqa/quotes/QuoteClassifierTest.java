package org.corpusqa.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteClassifierTest {

    /** {@code KIND covered-text} for each top-level quote. */
    private static List<String> kinds(String text) {
        Layout layout = new Layout(text, QuoteScanner.scan(text).topLevel());
        QuoteClassifier classifier = new QuoteClassifier(layout, new SubjectFinder(layout, new Mentions(List.of())));
        return layout.quotes().stream()
                .map(q -> classifier.classify(q) + " " + text.substring(q.begin(), q.end()))
                .toList();
    }

    @Test
    void fullUtteranceBeforeItsAttributionIsDirect() {
        assertThat(kinds("\"We'll do the job ourselves,\" he said in a speech."))
                .containsExactly("DIRECT \"We'll do the job ourselves,\"");
    }

    @Test
    void oneWordUtteranceStandingAloneIsDirect() {
        assertThat(kinds("\"Unacceptable,\" the minister said. “No,” he added."))
                .containsExactly("DIRECT \"Unacceptable,\"", "DIRECT “No,”");
    }

    @Test
    void fullClauseIsDirectEvenWhenTheSentenceGoesOn() {
        assertThat(kinds("\"The victory over terrorists is unavoidable\" in Idlib, Lavrov told the conference."))
                .containsExactly("DIRECT \"The victory over terrorists is unavoidable\"");
    }

    @Test
    void quoteAfterAColonOrASpeechVerbIsDirect() {
        assertThat(kinds("Smith said: \"We will respond.\" Jones added, \"So will we.\" Lee said \"Never\"."))
                .containsExactly("DIRECT \"We will respond.\"", "DIRECT \"So will we.\"", "DIRECT \"Never\"");
    }

    @Test
    void quotedPredicateWithItsSubjectOutsideIsPartialEvenWhenLong() {
        assertThat(
                        kinds(
                                "Trump \"expressed concern over the violence in Idlib and conveyed the desire to see an end.\""))
                .containsExactly(
                        "PARTIAL \"expressed concern over the violence in Idlib and conveyed the desire to see an end.\"");
        assertThat(kinds("The group \"controls a major part of the zone and that’s a problem\", Lavrov said."))
                .containsExactly("PARTIAL \"controls a major part of the zone and that’s a problem\"");
    }

    @Test
    void wordsAndShortPhrasesArePartial() {
        assertThat(kinds("He described the meeting as \"positive\" and called it ‘a first step’. Syrian ‘atrocities’"))
                .containsExactly("PARTIAL \"positive\"", "PARTIAL ‘a first step’", "PARTIAL ‘atrocities’");
    }

    @Test
    void embeddedTitlesAndNamesArePartial() {
        assertThat(kinds("Turkey launched \"Operation Peace Spring\" and the so-called \"Islamic State\" retreated."))
                .containsExactly("PARTIAL \"Operation Peace Spring\"", "PARTIAL \"Islamic State\"");
    }

    @Test
    void embeddedCapitalisedClauseIsDirect() {
        assertThat(kinds("The statement said that \"The regime has failed its people\" and called for talks."))
                .containsExactly("DIRECT \"The regime has failed its people\"");
    }

    @Test
    void lowerCaseClauseAfterAccordingToIsDirectButAfterSaidIsPartial() {
        assertThat(kinds("According to the ministry, \"all units have returned to base.\""))
                .containsExactly("DIRECT \"all units have returned to base.\"");
        assertThat(kinds("The spokesman said \"the president is fine\" on Monday."))
                .containsExactly("PARTIAL \"the president is fine\"");
    }

    @Test
    void secondHalfOfASplitQuoteIsDirect() {
        assertThat(kinds("\"We will win,\" Smith said, \"and then rebuild.\""))
                .containsExactly("DIRECT \"We will win,\"", "DIRECT \"and then rebuild.\"");
    }

    @Test
    void everyPieceOfAMultiParagraphQuoteIsDirect() {
        assertThat(kinds("Smith said: \"the first part goes on\n\"and ends here.\""))
                .containsExactly("DIRECT \"the first part goes on", "DIRECT \"and ends here.\"");
    }
}
