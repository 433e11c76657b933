package org.corpusqa.numbers;

/**
 * A number read from the tokens before its kind and qualifier are decided: the token span, the
 * value(s), and the marks around it (currency, percent sign, ordinal suffix) that decide the kind.
 */
final class Quantity {
    /** First token of the span. */
    int first;
    /** Last token of the span, inclusive. */
    int last;
    /** First token after the expression, qualifier words such as {@code or so} included. */
    int after;

    double value;
    double upper = Double.NaN;
    /** Product of the scale words applied ({@code million}, {@code bn}); 1 when none. */
    double scale = 1;

    /** ISO currency code; empty when the amount is not money. */
    String currency = "";

    boolean percent;
    /** The percent sign or currency name is written after the number, closing it. */
    boolean unitWrittenAfter;

    boolean ordinal;
    /** A vague plural such as {@code hundreds of thousands}: value and upper are its bounds. */
    boolean vague;
    /** A decade such as {@code 1990s}: value and upper are its first and last year. */
    boolean decade;
    /** Written with number words rather than digits. */
    boolean words;
    /** A single run of digits with no separators, decimals, sign, scale or suffix. */
    boolean plainDigits;
    /** Number of digits when {@link #plainDigits}. */
    int digitCount;
    /** The bare word {@code one}, which may be a pronoun. */
    boolean bareOne;

    /** A qualifier written after the number ({@code 40-plus}, {@code or so}); null when none. */
    Qualifier suffixQualifier;

    /** A 4-digit number that may be a year: 1500 to 2100, nothing attached. */
    boolean isYearCandidate() {
        return plainDigits
                && digitCount == 4
                && value >= 1500
                && value <= 2100
                && currency.isEmpty()
                && !percent
                && Double.isNaN(upper);
    }

    /** Multiplies by a scale, keeping results of decimal inputs such as {@code 1.15 million} whole. */
    void applyScale(double factor) {
        value = scaled(value, factor);
        if (!Double.isNaN(upper)) {
            upper = scaled(upper, factor);
        }
        scale *= factor;
        plainDigits = false;
    }

    static double scaled(double value, double factor) {
        double product = value * factor;
        double rounded = Math.rint(product);
        return Math.abs(product - rounded) < 1e-6 * Math.max(1, Math.abs(product)) ? rounded : product;
    }
}
