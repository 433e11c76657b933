/**
 * Numbers in news text (GUIDELINES: Number). {@link org.corpusqa.numbers.NumberAnnotator} writes
 * {@code Numeral} annotations from the mentions found by the CAS-free {@link
 * org.corpusqa.numbers.NumberParser}, whose Javadoc lists the decisions the guidelines leave open
 * (ranges as one span, vague quantities as approximate intervals, clock times and codes skipped,
 * the year of a day written without one).
 *
 * <p>The parser tokenizes once ({@code TokenSequence}) and hands each token to small readers:
 * dates ({@code DateMatcher}), the number itself ({@code QuantityReader} with {@code
 * WordNumberReader}, {@code VagueQuantityReader} and {@code UnitReader}), false numbers ({@code
 * NumberFilter}), ranges ({@code RangeReader}), hedges ({@code QualifierReader}) and the year-or-count
 * decision ({@code YearClassifier}). The words they read are in {@code NumberLexicon}.
 */
package org.corpusqa.numbers;
