package org.corpusqa.maven;

import java.util.List;
import java.util.Optional;

/**
 * The one line of advice a long first run prints when Maven's JVM runs with its default C2
 * inlining budgets: on a cold JVM the compiler, not the annotators, is what a large corpus waits
 * for, and the README's options cut the compile time by two thirds (section "JVM options for large
 * corpora"). Short runs, runs mostly taken from the cache, and JVMs that already set an inlining
 * budget print nothing.
 */
final class JvmOptionsHint {
    /** The options the README recommends, as they go into {@code .mvn/jvm.config}. */
    static final String OPTIONS = "-XX:FreqInlineSize=60 -XX:InlineSmallCode=500";

    static final int MIN_ANNOTATED = 2_000;
    static final long MIN_NANOS = 10_000_000_000L;

    private JvmOptionsHint() {}

    /**
     * @param annotated documents annotated in this run (not taken from the cache)
     * @param elapsedNanos wall time of the check
     * @param jvmArguments the JVM's input arguments
     */
    static Optional<String> forRun(int annotated, long elapsedNanos, List<String> jvmArguments) {
        if (annotated < MIN_ANNOTATED || elapsedNanos < MIN_NANOS) {
            return Optional.empty();
        }
        boolean tuned = jvmArguments.stream()
                .anyMatch(a -> a.startsWith("-XX:FreqInlineSize=") || a.startsWith("-XX:InlineSmallCode="));
        if (tuned) {
            return Optional.empty();
        }
        return Optional.of(String.format(
                "corpusqa: %d documents annotated in %.0f s; a first run on a large corpus is about a fifth"
                        + " faster with '%s' in .mvn/jvm.config (README: JVM options for large corpora)",
                annotated, elapsedNanos / 1e9, OPTIONS));
    }
}
