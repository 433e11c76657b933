package org.corpusqa.numbers;

import static org.corpusqa.numbers.NumberLexicon.COUNT_CUES;

/**
 * Finds days of a month: {@code Feb. 11}, {@code April 28}, {@code 28 April}, {@code 28th of
 * April}, {@code September 11, 2001}, {@code 12-14 March}, {@code 1 to 3 June} and ISO {@code
 * 2020-02-11}. The span runs
 * from the first to the last of day, month and year; the value is the day, and {@code normalized}
 * the ISO date when the year is written or can be taken from the document date. A month with a
 * year but no day ({@code September 2018}) is not a date: its year is read as a YEAR elsewhere.
 */
final class DateMatcher {
    /** A date found at a token, and the last token it covers. */
    record Match(NumberMention mention, int lastToken) {}

    private static final int[] DAYS_IN_MONTH = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

    private final TokenSequence t;
    private final DocumentDate documentDate;

    DateMatcher(TokenSequence tokens, DocumentDate documentDate) {
        this.t = tokens;
        this.documentDate = documentDate;
    }

    /** The date starting at token {@code i}, or null. */
    Match match(int i) {
        if (t.isDigits(i)) {
            Match iso = isoDate(i);
            return iso != null ? iso : dayFirst(i);
        }
        return monthFirst(i);
    }

    private Match monthFirst(int i) {
        int month = monthAt(i);
        if (month == 0) {
            return null;
        }
        int j = i + 1;
        if (t.isSymbol(j, '.') && t.touchesPrevious(j) && isAbbreviation(i)) {
            j++;
        }
        int day = dayAt(j, month);
        if (day == 0) {
            return null;
        }
        int last = skipOrdinalSuffix(j);
        double upper = Double.NaN;
        if (t.isDash(last + 1) && t.touchesNext(last) && t.touchesNext(last + 1) && dayAt(last + 2, month) > day) {
            upper = t.digitValue(last + 2);
            last = skipOrdinalSuffix(last + 2);
        }
        if (isCountAfter(last)) {
            return null; // In May 12 people died
        }
        int year = 0;
        int k = t.isSymbol(last + 1, ',') ? last + 2 : last + 1;
        if (isYear(k)) {
            year = (int) t.digitValue(k);
            last = k;
        }
        return build(i, last, year, month, day, upper);
    }

    private Match dayFirst(int i) {
        int day = dayAt(i, 1);
        if (day == 0 || (t.touchesPrevious(i) && !t.isSymbol(i - 1, '('))) {
            return null;
        }
        int j = skipOrdinalSuffix(i);
        double upper = Double.NaN;
        if (isDayConnector(j + 1) && dayAt(j + 2, 1) > day) {
            upper = t.digitValue(j + 2);
            j = skipOrdinalSuffix(j + 2);
        }
        int m = j + 1;
        if (t.is(m, "of") && j > i && !t.isDigits(j)) {
            m++;
        }
        int month = monthAt(m);
        if (month == 0
                || day > DAYS_IN_MONTH[month - 1]
                || (!Double.isNaN(upper) && upper > DAYS_IN_MONTH[month - 1])) {
            return null;
        }
        int last = m;
        if (t.isSymbol(m + 1, '.') && t.touchesNext(m)) {
            last = m + 1;
        }
        int year = 0;
        int k = t.isSymbol(last + 1, ',') ? last + 2 : last + 1;
        if (isYear(k)) {
            year = (int) t.digitValue(k);
            last = k;
        } else if (last > m && !isAbbreviation(m)) {
            last = m; // the dot ends the sentence
        }
        return build(i, last, year, month, day, upper);
    }

    /** {@code 2020-02-11}. */
    private Match isoDate(int i) {
        if (t.length(i) != 4
                || t.hasSeparators(i)
                || !isDashJoined(i)
                || !isDashJoined(i + 2)
                || t.length(i + 2) != 2
                || t.length(i + 4) != 2
                || t.hasSeparators(i + 2)
                || t.hasSeparators(i + 4)) {
            return null;
        }
        int month = (int) t.digitValue(i + 2);
        int day = (int) t.digitValue(i + 4);
        if (month < 1 || month > 12 || day < 1 || day > DAYS_IN_MONTH[month - 1]) {
            return null;
        }
        return build(i, i + 4, (int) t.digitValue(i), month, day, Double.NaN);
    }

    private boolean isDashJoined(int i) {
        return t.isDigits(i) && t.touchesNext(i) && t.isDash(i + 1) && t.touchesNext(i + 1) && t.isDigits(i + 2);
    }

    private Match build(int first, int last, int writtenYear, int month, int day, double upper) {
        int year = writtenYear != 0 ? writtenYear : documentDate.yearOf(month);
        String iso = year > 0 ? String.format("%04d-%02d-%02d", year, month, day) : "";
        Qualifier qualifier = Double.isNaN(upper) ? Qualifier.EXACT : Qualifier.RANGE;
        NumberMention mention =
                new NumberMention(t.begin(first), t.end(last), NumberKind.DATE, day, upper, qualifier, iso);
        return new Match(mention, last);
    }

    /** The month written at token {@code i} (capitalized: {@code may} is a verb), or 0. */
    private int monthAt(int i) {
        return t.isCapitalized(i) ? t.lexeme(i).month : 0;
    }

    private boolean isAbbreviation(int i) {
        return t.length(i) <= 4 && !t.is(i, "june") && !t.is(i, "july") && !t.is(i, "may");
    }

    /** The day written at token {@code i} if it can be one in {@code month}, or 0. */
    private int dayAt(int i, int month) {
        if (!t.isDigits(i) || t.length(i) > 2 || t.hasSeparators(i)) {
            return 0;
        }
        int day = (int) t.digitValue(i);
        if (day < 1 || day > DAYS_IN_MONTH[month - 1]) {
            return 0;
        }
        if (t.touchesNext(i) && !isOrdinalSuffix(i + 1) && isAttachedToDay(i + 1)) {
            return 0; // 11am, 11:30, 11%
        }
        return day;
    }

    /** {@code 12-14 March}, {@code 1 to 3 June}, {@code between 1 and 3 June}. */
    private boolean isDayConnector(int c) {
        return (t.isDash(c) && t.touchesPrevious(c) && t.touchesNext(c)) || t.is(c, "to") || t.is(c, "and");
    }

    private boolean isAttachedToDay(int n) {
        if (t.isWord(n)) {
            return true;
        }
        boolean digitFollows = t.touchesNext(n) && t.isDigits(n + 1);
        return t.isSymbol(n, '%') || ((t.isSymbol(n, ':') || t.isSymbol(n, '/') || t.isSymbol(n, '.')) && digitFollows);
    }

    private int skipOrdinalSuffix(int i) {
        return t.touchesNext(i) && isOrdinalSuffix(i + 1) ? i + 1 : i;
    }

    private boolean isOrdinalSuffix(int i) {
        return t.is(i, "st") || t.is(i, "nd") || t.is(i, "rd") || t.is(i, "th");
    }

    private boolean isYear(int i) {
        if (!t.isDigits(i) || t.length(i) != 4 || t.hasSeparators(i) || (t.touchesNext(i) && t.isWord(i + 1))) {
            return false;
        }
        double year = t.digitValue(i);
        return year >= 1500 && year <= 2100;
    }

    private boolean isCountAfter(int last) {
        int n = last + 1;
        return (COUNT_CUES.contains(t.lower(n)) && !t.is(n, "of")) || t.lexeme(n).scale > 0;
    }
}
