package org.corpusqa.quotes;

/**
 * A typographic problem with quote marks, found while scanning.
 *
 * @param ruleId {@link #UNBALANCED} or {@link #MIXED}
 * @param begin offset of the offending mark
 * @param end offset after it
 * @param message what is wrong, for a person
 */
public record ScanProblem(String ruleId, int begin, int end, String message) {
    /** An opening mark that is never closed, or a closing mark with no opening one. */
    public static final String UNBALANCED = "unbalanced-quote";

    /** A quote opened with one kind of mark and closed with another ({@code “…"}). */
    public static final String MIXED = "mixed-quote-marks";
}
