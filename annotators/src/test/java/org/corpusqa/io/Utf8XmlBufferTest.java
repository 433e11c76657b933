package org.corpusqa.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8XmlBufferTest {
    private final Utf8XmlBuffer buffer = new Utf8XmlBuffer();

    @Test
    void escapesMarkupAndLineBreaksAndEncodesEveryUtf8Length() {
        assertThat(buffer.appendEscaped("a&b<c>d\"e'\n\r\t é € \uD83D\uDE00")).isEqualTo(-1);

        assertThat(text()).isEqualTo("a&amp;b&lt;c&gt;d&quot;e'&#10;&#13;&#9; é € \uD83D\uDE00");
    }

    @Test
    void stopsAtACharacterXmlCannotCarryAndSaysWhere() {
        assertThat(buffer.appendEscaped("ok\u0001no")).isEqualTo(2);
        assertThat(text()).isEqualTo("ok");
        buffer.reset();
        assertThat(buffer.appendEscaped("x\uDC00")).isEqualTo(1);
        buffer.reset();
        assertThat(buffer.appendEscaped("\uFFFF")).isZero();
    }

    @Test
    void replacingVariantWritesAReplacementCharacterAndGoesOn() {
        buffer.appendEscapedReplacing("a\u0001b\u0002");

        assertThat(text()).isEqualTo("a\uFFFDb\uFFFD");
    }

    @Test
    void growsForLongValues() {
        String longText = "&".repeat(100_000);

        buffer.appendEscaped(longText);

        assertThat(buffer.size()).isEqualTo(500_000);
    }

    private String text() {
        return new String(buffer.toByteArray(), StandardCharsets.UTF_8);
    }
}
