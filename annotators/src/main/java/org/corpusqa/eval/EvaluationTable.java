package org.corpusqa.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Renders an {@link EvaluationResult} as a fixed-width table for a build log: one row per type
 * with the corpus totals, then one row per document with the exact-span F1 of each type and
 * its numbers of misses and false alarms. Returned as lines so that a logger can prefix each.
 */
public final class EvaluationTable {

    private static final String TOTALS_HEADER = "%-10s %6s %6s %6s %6s %6s %9s %7s %7s %10s %10s";
    private static final String TOTALS_ROW = "%-10s %6d %6d %6d %6d %6d %9s %7s %7s %10s %10s";

    private EvaluationTable() {}

    public static List<String> lines(EvaluationResult result) {
        List<String> lines = new ArrayList<>();
        lines.add("Evaluation against gold: " + result.documents().size() + " document(s), exact spans"
                + " unless marked overlap");
        lines.add(format(
                TOTALS_HEADER,
                "type",
                "gold",
                "system",
                "tp",
                "fp",
                "fn",
                "precision",
                "recall",
                "f1",
                "f1-overlap",
                "attributes"));
        result.totals()
                .forEach((type, scores) -> lines.add(format(
                        TOTALS_ROW,
                        type,
                        scores.gold(),
                        scores.system(),
                        scores.tp(),
                        scores.fp(),
                        scores.fn(),
                        score(scores.precision()),
                        score(scores.recall()),
                        score(scores.f1()),
                        score(scores.f1Overlap()),
                        score(scores.attributeAccuracy()))));
        if (!result.documents().isEmpty()) {
            lines.add("");
            lines.addAll(documentLines(result));
        }
        return lines;
    }

    /** {@link #lines} joined with {@code \n}. */
    public static String format(EvaluationResult result) {
        return String.join("\n", lines(result));
    }

    private static List<String> documentLines(EvaluationResult result) {
        int width = "document".length();
        for (DocumentEvaluation document : result.documents()) {
            width = Math.max(width, document.document().length());
        }
        StringBuilder header = new StringBuilder(pad("document", width));
        for (String type : AnnotationRecord.TYPES) {
            header.append(' ').append(String.format(Locale.ROOT, "%9s", type + " F1"));
        }
        header.append(String.format(Locale.ROOT, " %7s %13s", "misses", "false-alarms"));
        List<String> lines = new ArrayList<>();
        lines.add(header.toString());
        for (DocumentEvaluation document : result.documents()) {
            StringBuilder row = new StringBuilder(pad(document.document(), width));
            int misses = 0;
            int falseAlarms = 0;
            for (String type : AnnotationRecord.TYPES) {
                TypeScores scores = document.scores(type);
                row.append(' ').append(String.format(Locale.ROOT, "%9s", score(scores.f1())));
                misses += scores.fn();
                falseAlarms += scores.fp();
            }
            row.append(String.format(Locale.ROOT, " %7d %13d", misses, falseAlarms));
            lines.add(row.toString());
        }
        return lines;
    }

    private static String score(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.3f", value);
    }

    private static String pad(String value, int width) {
        return String.format(Locale.ROOT, "%-" + width + "s", value);
    }

    private static String format(String pattern, Object... values) {
        return String.format(Locale.ROOT, pattern, values);
    }
}
