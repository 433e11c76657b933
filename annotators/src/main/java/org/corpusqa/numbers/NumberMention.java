package org.corpusqa.numbers;

import java.util.Objects;

/**
 * One numeric expression found by {@link NumberParser}, independent of UIMA so that the matching
 * rules can be tested on plain strings.
 *
 * @param begin first char of the span (inclusive)
 * @param end char after the span (exclusive)
 * @param kind what the number counts or names
 * @param value the number; the lower bound of a vague quantity or a range; the day for a DATE
 * @param upperValue the upper bound of a vague quantity or a range, {@code NaN} for a single value
 * @param qualifier the hedge read from the words around the span
 * @param normalized the ISO date of a DATE whose year is known, the currency code of MONEY, else
 *     {@code ""}
 */
public record NumberMention(
        int begin, int end, NumberKind kind, double value, double upperValue, Qualifier qualifier, String normalized) {

    public NumberMention {
        if (begin < 0 || end <= begin) {
            throw new IllegalArgumentException("bad span [" + begin + "," + end + ")");
        }
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(qualifier, "qualifier");
        Objects.requireNonNull(normalized, "normalized");
    }

    /** Whether the mention is an interval (a vague quantity or an explicit range). */
    public boolean isInterval() {
        return !Double.isNaN(upperValue);
    }

    /** The covered text, for tests and messages. */
    public String coveredText(String text) {
        return text.substring(begin, end);
    }
}
