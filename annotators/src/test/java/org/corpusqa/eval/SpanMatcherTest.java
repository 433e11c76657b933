package org.corpusqa.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corpusqa.eval.Records.record;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpanMatcherTest {

    @Test
    void pairsIdenticalSpansExactlyAndOneToOne() {
        List<AnnotationRecord> gold = List.of(record("Actor", 0, 5, ""), record("Actor", 0, 5, ""));
        List<AnnotationRecord> system = List.of(record("Actor", 0, 5, ""));

        SpanMatcher.Matching matching = SpanMatcher.match(gold, system);

        assertThat(matching.goldExact).containsExactly(0, -1);
        assertThat(matching.exactCount()).isEqualTo(1);
        assertThat(matching.overlapCount()).isEqualTo(1);
    }

    @Test
    void givesALongSystemSpanOnlyOneOfTheGoldSpansItCovers() {
        List<AnnotationRecord> gold = List.of(record("Actor", 0, 10, ""), record("Actor", 12, 20, ""));
        List<AnnotationRecord> system = List.of(record("Actor", 0, 20, ""));

        SpanMatcher.Matching matching = SpanMatcher.match(gold, system);

        assertThat(matching.exactCount()).isZero();
        assertThat(matching.goldOverlap).containsExactly(0, -1);
    }

    @Test
    void prefersTheLargestOverlapOverTheFirstOneFound() {
        List<AnnotationRecord> gold = List.of(record("Quote", 0, 10, ""), record("Quote", 8, 30, ""));
        List<AnnotationRecord> system = List.of(record("Quote", 5, 28, ""));

        SpanMatcher.Matching matching = SpanMatcher.match(gold, system);

        assertThat(matching.systemOverlap).containsExactly(1);
    }

    @Test
    void keepsExactPairsBeforeOverlapPairs() {
        List<AnnotationRecord> gold = List.of(record("Actor", 4, 10, ""), record("Actor", 0, 10, ""));
        List<AnnotationRecord> system = List.of(record("Actor", 0, 10, ""));

        SpanMatcher.Matching matching = SpanMatcher.match(gold, system);

        assertThat(matching.goldExact).containsExactly(-1, 0);
        assertThat(matching.goldOverlap).containsExactly(-1, 0);
    }

    @Test
    void breaksOverlapTiesByCloserBoundaries() {
        List<AnnotationRecord> gold = List.of(record("Number", 0, 4, ""), record("Number", 2, 6, ""));
        List<AnnotationRecord> system = List.of(record("Number", 2, 5, ""));

        SpanMatcher.Matching matching = SpanMatcher.match(gold, system);

        assertThat(matching.systemOverlap).containsExactly(1);
    }

    @Test
    void doesNotPairSpansThatOnlyTouch() {
        List<AnnotationRecord> gold = List.of(record("Actor", 0, 5, ""));
        List<AnnotationRecord> system = List.of(record("Actor", 5, 9, ""));

        assertThat(SpanMatcher.match(gold, system).overlapCount()).isZero();
    }

    @Test
    void findsOverlapsWithSpansThatStartedLongBefore() {
        List<AnnotationRecord> gold =
                List.of(record("Quote", 0, 100, ""), record("Quote", 10, 12, ""), record("Quote", 50, 60, ""));
        List<AnnotationRecord> system = List.of(record("Quote", 11, 13, ""), record("Quote", 55, 99, ""));

        SpanMatcher.Matching matching = SpanMatcher.match(gold, system);

        assertThat(matching.systemOverlap).containsExactly(1, 0);
    }
}
