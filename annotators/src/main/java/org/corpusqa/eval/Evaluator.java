package org.corpusqa.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corpusqa.text.LineIndex;

/**
 * Compares the system annotations of a document with its gold annotations. CAS-free: both sides
 * come as {@link AnnotationRecord}s (see {@link GoldTsvReader} and {@link CasRecords}), so the
 * scoring is unit-tested on inline data and the same code serves the Maven goal and a bench.
 *
 * <p>Per type ({@link AnnotationRecord#TYPES}) it counts exact-span and overlap matches (rules in
 * {@link SpanMatcher}) and judges the resolution attribute of exact matches (rules in
 * {@link AttributeJudge}). Types other than the evaluated ones are ignored. Stateless and
 * thread-safe.
 */
public final class Evaluator {

    private static final Comparator<EvaluationError> BY_POSITION = Comparator.comparingInt(EvaluationError::begin)
            .thenComparingInt(EvaluationError::end)
            .thenComparing(EvaluationError::kind)
            .thenComparing(EvaluationError::type);

    /**
     * Evaluates one document.
     *
     * @param document the document's name in reports, normally its path relative to the corpus
     * @param text the document text, for line and column numbers and to check the gold text
     * @param gold the gold annotations
     * @param system the system annotations
     */
    public DocumentEvaluation evaluate(
            String document, String text, List<AnnotationRecord> gold, List<AnnotationRecord> system) {
        ErrorSink errors = new ErrorSink(document, new LineIndex(text));
        for (AnnotationRecord record : gold) {
            checkGoldText(record, text, errors);
        }
        Map<Long, List<String>> goldTypes = typesBySpan(gold);
        Map<Long, List<String>> systemTypes = typesBySpan(system);
        Map<String, TypeScores> scores = new LinkedHashMap<>();
        for (String type : AnnotationRecord.TYPES) {
            scores.put(type, evaluateType(ofType(gold, type), ofType(system, type), goldTypes, systemTypes, errors));
        }
        List<EvaluationError> sorted = new ArrayList<>(errors.errors);
        sorted.sort(BY_POSITION);
        return new DocumentEvaluation(document, scores, sorted);
    }

    private static TypeScores evaluateType(
            List<AnnotationRecord> gold,
            List<AnnotationRecord> system,
            Map<Long, List<String>> goldTypes,
            Map<Long, List<String>> systemTypes,
            ErrorSink errors) {
        SpanMatcher.Matching matching = SpanMatcher.match(gold, system);
        int correct = 0;
        for (int i = 0; i < gold.size(); i++) {
            AnnotationRecord g = gold.get(i);
            int exact = matching.goldExact[i];
            int overlap = matching.goldOverlap[i];
            if (exact >= 0) {
                AttributeJudge.Verdict verdict = AttributeJudge.judge(g, system.get(exact));
                if (verdict.correct()) {
                    correct++;
                } else {
                    errors.add(EvaluationError.Kind.WRONG_ATTRIBUTE, g, verdict.detail());
                }
            } else if (overlap >= 0) {
                errors.add(EvaluationError.Kind.MISS, g, "system has " + describe(system.get(overlap)));
            } else {
                errors.add(EvaluationError.Kind.MISS, g, otherTypes("system", g, systemTypes));
            }
        }
        for (int j = 0; j < system.size(); j++) {
            AnnotationRecord s = system.get(j);
            int overlap = matching.systemOverlap[j];
            if (matching.systemExact[j] >= 0) {
                continue;
            } else if (overlap >= 0) {
                errors.add(EvaluationError.Kind.FALSE_ALARM, s, "gold has " + describe(gold.get(overlap)));
            } else {
                errors.add(EvaluationError.Kind.FALSE_ALARM, s, otherTypes("gold", s, goldTypes));
            }
        }
        int tp = matching.exactCount();
        return new TypeScores(gold.size(), system.size(), tp, matching.overlapCount(), tp, correct);
    }

    private static void checkGoldText(AnnotationRecord gold, String text, ErrorSink errors) {
        if (gold.end() > text.length()) {
            errors.add(
                    EvaluationError.Kind.GOLD_TEXT_MISMATCH,
                    gold,
                    "offsets beyond the end of the document (length " + text.length() + ")");
            return;
        }
        String actual = text.substring(gold.begin(), gold.end());
        if (!collapseWhitespace(actual).equals(collapseWhitespace(gold.text()))) {
            errors.add(EvaluationError.Kind.GOLD_TEXT_MISMATCH, gold, "document has \"" + actual + "\"");
        }
    }

    /** Gold TSV cannot hold line breaks, so whitespace runs are compared as one space. */
    private static String collapseWhitespace(String value) {
        return value.strip().replaceAll("\\s+", " ");
    }

    private static String describe(AnnotationRecord record) {
        return "[" + record.begin() + "," + record.end() + ") \"" + record.text() + "\"";
    }

    /** Points out a type confusion: the other side has the same span under another type. */
    private static String otherTypes(String side, AnnotationRecord record, Map<Long, List<String>> typesBySpan) {
        List<String> types = typesBySpan.getOrDefault(SpanMatcher.spanKey(record), List.of()).stream()
                .filter(type -> !type.equals(record.type()))
                .distinct()
                .toList();
        return types.isEmpty() ? "" : side + " has this span as " + String.join(", ", types);
    }

    private static Map<Long, List<String>> typesBySpan(List<AnnotationRecord> records) {
        Map<Long, List<String>> types = new HashMap<>();
        for (AnnotationRecord record : records) {
            types.computeIfAbsent(SpanMatcher.spanKey(record), k -> new ArrayList<>())
                    .add(record.type());
        }
        return types;
    }

    private static List<AnnotationRecord> ofType(List<AnnotationRecord> records, String type) {
        return records.stream().filter(r -> r.type().equals(type)).toList();
    }

    /** Collects errors with their line and column. */
    private static final class ErrorSink {
        private final String document;
        private final LineIndex lines;
        private final List<EvaluationError> errors = new ArrayList<>();

        ErrorSink(String document, LineIndex lines) {
            this.document = document;
            this.lines = lines;
        }

        void add(EvaluationError.Kind kind, AnnotationRecord record, String detail) {
            int begin = record.begin();
            errors.add(new EvaluationError(
                    document,
                    lines.line(begin),
                    lines.column(begin),
                    kind,
                    record.type(),
                    begin,
                    record.end(),
                    record.text(),
                    record.attributesText(),
                    detail));
        }
    }
}
