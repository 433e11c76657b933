package org.corpusqa.numbers;

/**
 * How exactly the text commits to the number, read from the words around it (GUIDELINES: Number,
 * {@code qualifier}). The qualifier words themselves are never part of the span.
 */
public enum Qualifier {
    /** No hedge: {@code 12 observation posts}. */
    EXACT,
    /** A hedge or a vague quantity: {@code about 500}, {@code nearly nine}, {@code hundreds}. */
    APPROXIMATE,
    /** A lower bound: {@code more than 120}, {@code at least 5}, {@code 40-plus}. */
    AT_LEAST,
    /** An upper bound: {@code up to four}, {@code fewer than 10}. */
    AT_MOST,
    /** An explicit interval: {@code between 10 and 20}, {@code 5 to 10}, {@code 10-20}. */
    RANGE
}
