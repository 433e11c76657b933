package org.corpusqa.numbers;

/** What a numeric expression counts or names (GUIDELINES: Number, {@code numberKind}). */
public enum NumberKind {
    /** A count or amount: {@code 12}, {@code nine}, {@code 3.6 million}, {@code hundreds of thousands}. */
    CARDINAL,
    /** A position in a sequence: {@code first}, {@code 21st}. */
    ORDINAL,
    /** A percentage: {@code 12%}, {@code 12 per cent}; the value is the number before the sign. */
    PERCENT,
    /** An amount of money; {@code normalized} holds the ISO 4217 currency code. */
    MONEY,
    /** A calendar year: {@code 2018}, {@code since 2012}, the {@code 2018} of {@code September 2018}. */
    YEAR,
    /** A day of a month: {@code Feb. 11}; the value is the day, {@code normalized} the ISO date. */
    DATE
}
