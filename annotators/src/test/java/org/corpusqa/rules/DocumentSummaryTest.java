package org.corpusqa.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DocumentSummaryTest {

    private static DocumentSummary summary(String text) {
        return DocumentSummary.of(SourceDocumentView.of("a.txt", text));
    }

    @Test
    void keepsShortLinesWithEveryPosition() {
        DocumentSummary summary =
                summary("Title\r\n\r\nblock\r\nText of the story goes here.\r\n  Block \r\nReuters, Moscow :\r\n");

        assertThat(summary.shortLines())
                .extracting(l -> l.key() + " x" + l.occurrences() + " " + l.positions())
                .containsExactly(
                        "block x2 [Position[line=3, column=1, begin=9, end=14, text=block], "
                                + "Position[line=5, column=3, begin=48, end=53, text=Block]]",
                        "reuters, moscow : x1 [Position[line=6, column=1, begin=56, end=73, text=Reuters, Moscow :]]");
    }

    @Test
    void leavesOutTheTitleTheDateLineAndLinesWithoutLetters() {
        DocumentSummary summary = summary("date 2020-02\nShort title\n\n* * *\n2020\nText.\n");

        assertThat(summary.shortLines())
                .extracting(DocumentSummary.ShortLine::key)
                .containsExactly("text.");
        assertThat(summary.shortLines().get(0).sentenceLike()).isTrue();
    }

    @Test
    void hashesContentIgnoringLayoutCaseAndTheDateLine() {
        DocumentSummary a = summary("date 2020-02 Title\n\nMoscow’s relations with Turkey.\n");
        DocumentSummary b = summary("title\r\n\r\n  MOSCOW'S relations\r\nwith Turkey\r\n");
        DocumentSummary c = summary("Title\n\nMoscow’s relations with Syria.\n");

        assertThat(a.contentHash()).hasSize(32).isEqualTo(b.contentHash()).isNotEqualTo(c.contentHash());
    }

    @Test
    void sketchesTextsOfFiveWordsOrMore() {
        assertThat(summary("one two three four").sketch()).isEmpty();
        assertThat(summary("one two three four").shingles()).isZero();
        assertThat(summary("one two three four five six").sketch()).hasSize(MinHash.SIZE);
        assertThat(summary("one two three four five six").shingles()).isEqualTo(2);
        assertThat(summary("").contentHash()).isEmpty();
    }

    @Test
    void isEqualByValue() {
        String text = "Title\n\nblock\nOne two three four five six seven.\n";
        assertThat(summary(text)).isEqualTo(summary(text)).hasSameHashCodeAs(summary(text));
    }
}
