package org.corpusqa.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineIndexTest {

    @Test
    void mapsOffsetsToOneBasedLineAndColumn() {
        LineIndex index = new LineIndex("ab\ncd\r\nef");

        assertThat(index.line(0)).isEqualTo(1);
        assertThat(index.column(1)).isEqualTo(2);
        assertThat(index.line(3)).isEqualTo(2);
        assertThat(index.column(3)).isEqualTo(1);
        assertThat(index.line(7)).isEqualTo(3);
        assertThat(index.column(8)).isEqualTo(2);
        assertThat(index.lineCount()).isEqualTo(3);
    }

    @Test
    void countsALoneCarriageReturnAsLineBreak() {
        LineIndex index = new LineIndex("a\rb");

        assertThat(index.line(2)).isEqualTo(2);
    }
}
