package org.corpusqa.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TypeScoresTest {

    @Test
    void scoresNothingToFindAndNothingFoundAsPerfect() {
        assertThat(TypeScores.EMPTY.precision()).isEqualTo(1.0);
        assertThat(TypeScores.EMPTY.recall()).isEqualTo(1.0);
        assertThat(TypeScores.EMPTY.f1()).isEqualTo(1.0);
        assertThat(TypeScores.EMPTY.f1Overlap()).isEqualTo(1.0);
    }

    @Test
    void scoresUndefinedRatiosAsZeroOtherwise() {
        TypeScores onlyFalseAlarms = new TypeScores(0, 3, 0, 0, 0, 0);
        TypeScores nothingFound = new TypeScores(4, 0, 0, 0, 0, 0);

        assertThat(onlyFalseAlarms.recall()).isZero();
        assertThat(onlyFalseAlarms.f1()).isZero();
        assertThat(nothingFound.precision()).isZero();
        assertThat(nothingFound.f1()).isZero();
    }

    @Test
    void leavesAttributeAccuracyUndefinedWithoutExactMatches() {
        assertThat(new TypeScores(2, 2, 0, 2, 0, 0).attributeAccuracy()).isNaN();
    }

    @Test
    void addsCountsForMicroAveraging() {
        TypeScores sum = new TypeScores(10, 8, 6, 7, 6, 5).plus(new TypeScores(2, 4, 2, 2, 2, 1));

        assertThat(sum).isEqualTo(new TypeScores(12, 12, 8, 9, 8, 6));
        assertThat(sum.fp()).isEqualTo(4);
        assertThat(sum.fn()).isEqualTo(4);
        assertThat(sum.fnOverlap()).isEqualTo(3);
        assertThat(sum.attributeAccuracy()).isEqualTo(0.75);
    }
}
