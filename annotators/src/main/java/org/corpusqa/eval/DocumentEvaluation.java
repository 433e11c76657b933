package org.corpusqa.eval;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The evaluation of one document: counts per type and the errors found.
 *
 * @param document the document name (relative path)
 * @param scores per type, in {@link AnnotationRecord#TYPES} order, every type present
 * @param errors sorted by offset
 */
public record DocumentEvaluation(String document, Map<String, TypeScores> scores, List<EvaluationError> errors) {

    public DocumentEvaluation {
        scores = Collections.unmodifiableMap(new LinkedHashMap<>(scores));
        errors = List.copyOf(errors);
    }

    /** The scores of a type; {@link TypeScores#EMPTY} for a type that was not evaluated. */
    public TypeScores scores(String type) {
        return scores.getOrDefault(type, TypeScores.EMPTY);
    }
}
