package org.corpusqa.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class JvmOptionsHintTest {
    private static final long THIRTY_SECONDS = 30_000_000_000L;

    @Test
    void aLongFirstRunOnDefaultOptionsGetsTheAdvice() {
        assertThat(JvmOptionsHint.forRun(20_000, THIRTY_SECONDS, List.of("-Xmx2g")))
                .hasValueSatisfying(line -> assertThat(line)
                        .startsWith("corpusqa: 20000 documents annotated in 30 s")
                        .contains("'-XX:FreqInlineSize=60 -XX:InlineSmallCode=500' in .mvn/jvm.config"));
    }

    @Test
    void aJvmWithAnInliningBudgetOfItsOwnGetsNone() {
        assertThat(JvmOptionsHint.forRun(20_000, THIRTY_SECONDS, List.of("-XX:FreqInlineSize=100")))
                .isEmpty();
        assertThat(JvmOptionsHint.forRun(20_000, THIRTY_SECONDS, List.of("-XX:InlineSmallCode=1000")))
                .isEmpty();
    }

    @Test
    void shortRunsAndRunsFromTheCacheGetNone() {
        assertThat(JvmOptionsHint.forRun(20_000, JvmOptionsHint.MIN_NANOS - 1, List.of()))
                .isEmpty();
        assertThat(JvmOptionsHint.forRun(JvmOptionsHint.MIN_ANNOTATED - 1, THIRTY_SECONDS, List.of()))
                .isEmpty();
    }
}
