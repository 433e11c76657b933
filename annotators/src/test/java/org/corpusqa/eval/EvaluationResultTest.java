package org.corpusqa.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvaluationResultTest {

    private static DocumentEvaluation document(String name, TypeScores actor, TypeScores quote) {
        return new DocumentEvaluation(
                name,
                Map.of("Actor", actor, "Location", TypeScores.EMPTY, "Number", TypeScores.EMPTY, "Quote", quote),
                List.of());
    }

    private final EvaluationResult result = new EvaluationResult(List.of(
            document("a.txt", new TypeScores(10, 10, 9, 10, 9, 9), new TypeScores(4, 2, 1, 2, 1, 1)),
            document("b.txt", new TypeScores(10, 10, 7, 8, 7, 6), new TypeScores(0, 0, 0, 0, 0, 0))));

    @Test
    void sumsCountsOverDocumentsInTypeOrder() {
        assertThat(result.totals().keySet()).containsExactly("Actor", "Location", "Number", "Quote");
        assertThat(result.total("Actor")).isEqualTo(new TypeScores(20, 20, 16, 18, 16, 15));
        assertThat(result.total("Actor").f1()).isCloseTo(0.8, within(1e-12));
    }

    @Test
    void reportsTheTypesBelowTheirF1FloorWithTheMeasuredF1() {
        Map<String, Double> below = result.belowFloors(Map.of("Actor", 0.8, "Quote", 0.5, "Location", 1.0));

        assertThat(below).containsExactly(entry("Quote", 1.0 / 3));
    }

    @Test
    void reportsNothingWithoutFloors() {
        assertThat(result.belowFloors(Map.of())).isEmpty();
    }

    @Test
    void rejectsAFloorForAnUnknownType() {
        assertThatThrownBy(() -> result.belowFloors(Map.of("actor", 0.5)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Unknown type 'actor'");
    }
}
