package org.corpusqa.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.corpusqa.check.Finding;
import org.corpusqa.check.Severity;
import org.junit.jupiter.api.Test;

class TextRegionTest {

    private static Finding covering(int line, int column, String text) {
        return new Finding(
                Path.of("a.txt"), "a.txt", line, column, 0, text.length(), "r", "c", Severity.ERROR, "m", "", text);
    }

    @Test
    void endsOneColumnAfterTheLastCharacterOnOneLine() {
        assertThat(TextRegion.of(covering(3, 5, "Smith"))).isEqualTo(new TextRegion(3, 5, 3, 10));
    }

    @Test
    void endsOnTheLineOfTheLastCharacterAcrossLineBreaks() {
        assertThat(TextRegion.of(covering(2, 7, "\u201CWe will\nnot\r\nstop\u201D")))
                .isEqualTo(new TextRegion(2, 7, 4, 6));
    }

    @Test
    void keepsATrailingLineBreakOnItsOwnLine() {
        assertThat(TextRegion.of(covering(1, 1, "end\n"))).isEqualTo(new TextRegion(1, 1, 1, 5));
    }

    @Test
    void makesAnEmptyTextAPoint() {
        assertThat(TextRegion.of(covering(1, 1, ""))).isEqualTo(new TextRegion(1, 1, 1, 1));
    }
}
