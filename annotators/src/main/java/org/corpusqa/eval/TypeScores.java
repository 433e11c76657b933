package org.corpusqa.eval;

/**
 * Counts for one annotation type, in one document or summed over a corpus, and the scores
 * derived from them. Sums of counts give the micro average over documents.
 *
 * <p>Undefined ratios: when gold and system are both empty, precision, recall and F1 are 1 (nothing
 * to find, nothing wrongly found), so a document without quotes does not drag a floor down;
 * otherwise a ratio with a zero denominator is 0. {@link #attributeAccuracy()} is NaN when no span
 * matched exactly, because there was nothing to judge.
 *
 * @param gold number of gold annotations
 * @param system number of system annotations
 * @param tp exact-span true positives
 * @param tpOverlap true positives under one-to-one overlap matching (includes the exact ones)
 * @param attributeChecked exact matches whose attribute was judged (equals {@code tp})
 * @param attributeCorrect of those, the ones with the right attribute
 */
public record TypeScores(int gold, int system, int tp, int tpOverlap, int attributeChecked, int attributeCorrect) {

    public static final TypeScores EMPTY = new TypeScores(0, 0, 0, 0, 0, 0);

    public TypeScores plus(TypeScores other) {
        return new TypeScores(
                gold + other.gold,
                system + other.system,
                tp + other.tp,
                tpOverlap + other.tpOverlap,
                attributeChecked + other.attributeChecked,
                attributeCorrect + other.attributeCorrect);
    }

    /** System annotations without an exact gold match. */
    public int fp() {
        return system - tp;
    }

    /** Gold annotations without an exact system match. */
    public int fn() {
        return gold - tp;
    }

    public int fpOverlap() {
        return system - tpOverlap;
    }

    public int fnOverlap() {
        return gold - tpOverlap;
    }

    public double precision() {
        return ratio(tp, system);
    }

    public double recall() {
        return ratio(tp, gold);
    }

    public double f1() {
        return f1(precision(), recall());
    }

    public double precisionOverlap() {
        return ratio(tpOverlap, system);
    }

    public double recallOverlap() {
        return ratio(tpOverlap, gold);
    }

    public double f1Overlap() {
        return f1(precisionOverlap(), recallOverlap());
    }

    /** Share of exact matches with the right attribute; NaN when nothing matched exactly. */
    public double attributeAccuracy() {
        return attributeChecked == 0 ? Double.NaN : (double) attributeCorrect / attributeChecked;
    }

    private double ratio(int numerator, int denominator) {
        if (denominator == 0) {
            return gold == 0 && system == 0 ? 1.0 : 0.0;
        }
        return (double) numerator / denominator;
    }

    private static double f1(double precision, double recall) {
        return precision + recall == 0 ? 0.0 : 2 * precision * recall / (precision + recall);
    }
}
