package org.corpusqa.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The evaluation of a corpus: the per-document evaluations and their micro-averaged totals
 * (counts summed over documents, scores computed from the sums, so a long document weighs more
 * than a short one).
 */
public final class EvaluationResult {
    private final List<DocumentEvaluation> documents;
    private final Map<String, TypeScores> totals;

    public EvaluationResult(List<DocumentEvaluation> documents) {
        this.documents = List.copyOf(documents);
        Map<String, TypeScores> sums = new LinkedHashMap<>();
        for (String type : AnnotationRecord.TYPES) {
            TypeScores sum = TypeScores.EMPTY;
            for (DocumentEvaluation document : documents) {
                sum = sum.plus(document.scores(type));
            }
            sums.put(type, sum);
        }
        this.totals = Collections.unmodifiableMap(sums);
    }

    public List<DocumentEvaluation> documents() {
        return documents;
    }

    /** Corpus totals per type, in {@link AnnotationRecord#TYPES} order. */
    public Map<String, TypeScores> totals() {
        return totals;
    }

    /** Corpus total of one type. */
    public TypeScores total(String type) {
        TypeScores total = totals.get(type);
        if (total == null) {
            throw new IllegalArgumentException(
                    "Unknown type '" + type + "', expected one of " + AnnotationRecord.TYPES);
        }
        return total;
    }

    /** Every error of every document, in document order. */
    public List<EvaluationError> errors() {
        List<EvaluationError> all = new ArrayList<>();
        documents.forEach(document -> all.addAll(document.errors()));
        return all;
    }

    /**
     * The types whose corpus exact-span F1 is below its floor, with the measured F1, for a quality
     * gate. Types without a floor are not checked.
     *
     * @param minF1 type name ({@code Actor}, {@code Location}, {@code Number}, {@code Quote}) to
     *     the lowest acceptable F1 in [0, 1]
     * @return type to measured F1, in {@link AnnotationRecord#TYPES} order; empty when all pass
     * @throws IllegalArgumentException for an unknown type name, so a typo in a build
     *     configuration does not silently disable a floor
     */
    public Map<String, Double> belowFloors(Map<String, Double> minF1) {
        for (String type : minF1.keySet()) {
            total(type);
        }
        Map<String, Double> below = new LinkedHashMap<>();
        for (String type : AnnotationRecord.TYPES) {
            Double floor = minF1.get(type);
            double f1 = totals.get(type).f1();
            if (floor != null && f1 < floor) {
                below.put(type, f1);
            }
        }
        return below;
    }
}
