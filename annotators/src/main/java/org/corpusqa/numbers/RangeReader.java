package org.corpusqa.numbers;

import static org.corpusqa.numbers.NumberLexicon.RANGE_VERBS;
import static org.corpusqa.numbers.NumberLexicon.SCORE_WORDS;

/**
 * Joins two numbers into one range mention: {@code 10 to 20}, {@code 10-20}, {@code between 10
 * and 20}, {@code two or three}. The span covers both ends and the word between; {@code between}
 * stays outside like any qualifier word. A unit written at one end applies to both ({@code $5-10
 * million}, {@code 10-20%}, {@code 5 to 10 million}), and {@code 2019-20} reads as 2019..2020.
 *
 * <p>Only rising pairs are ranges. A falling or equal pair is two numbers ({@code won 3-1},
 * {@code voted 52 to 48}); so is a dash pair after a score word ({@code lost 1-3}), and so is
 * {@code from X to Y}, which reports a change, not an interval, unless a verb of range comes
 * before it ({@code estimates ranged from $15 billion to $30 billion}). In the change case the
 * unit of {@code Y} still reaches {@code X} ({@code rose from 5 to 7 percent}: both are
 * percentages).
 */
final class RangeReader {
    private final TokenSequence t;
    private final QuantityReader reader;
    private final NumberFilter filter;

    RangeReader(TokenSequence tokens, QuantityReader reader, NumberFilter filter) {
        this.t = tokens;
        this.reader = reader;
        this.filter = filter;
    }

    /**
     * Extends {@code q} to a range when a second number follows through {@code to}, a dash,
     * {@code and} (after {@code between}) or {@code or}; returns whether it did.
     */
    boolean extend(Quantity q) {
        if (q.vague || q.ordinal || q.decade) {
            return false;
        }
        int c = q.last + 1;
        boolean between = t.is(q.first - 1, "between");
        boolean dash = t.isDash(c) && t.touchesPrevious(c) && t.touchesNext(c);
        boolean to = t.is(c, "to");
        boolean and = between && t.is(c, "and");
        boolean or = t.is(c, "or") && !q.isYearCandidate();
        if (!(dash || to || and || or) || q.after > c) {
            return false;
        }
        Quantity y = reader.read(c + 1);
        if (y == null || y.vague || y.ordinal || y.decade || !filter.isNumber(y)) {
            return false;
        }
        if (q.unitWrittenAfter && (q.percent != y.percent || !q.currency.equals(y.currency))) {
            return false; // fell 4 percent to 3,000 points
        }
        if (dash && q.isYearCandidate() && y.plainDigits && y.digitCount == 2) {
            expandShortYear(q, y);
        }
        shareUnits(q, y);
        boolean from = t.is(q.first - 1, "from") && !RANGE_VERBS.contains(t.lower(q.first - 2));
        boolean rising = q.value < y.value;
        boolean score = dash && isScoreContext(q.first);
        if (!rising || from || score || (or && y.isYearCandidate())) {
            return false;
        }
        q.upper = y.value;
        q.last = y.last;
        q.after = Math.max(y.after, y.last + 1);
        q.plainDigits = q.plainDigits && y.plainDigits;
        q.currency = y.currency;
        q.percent = y.percent;
        return true;
    }

    /** {@code 2019-20}: the second year written with its last two digits. */
    private static void expandShortYear(Quantity x, Quantity y) {
        double century = Math.floor(x.value / 100) * 100;
        double full = century + y.value;
        if (full > x.value) {
            y.value = full;
            y.digitCount = 4;
        }
    }

    /** A currency, percent sign or scale written at one end applies to the other end too. */
    private static void shareUnits(Quantity x, Quantity y) {
        if (x.currency.isEmpty() && !y.currency.isEmpty() && !x.percent) {
            x.currency = y.currency;
            x.plainDigits = false;
        } else if (y.currency.isEmpty() && !x.currency.isEmpty() && !y.percent) {
            y.currency = x.currency;
            y.plainDigits = false;
        }
        if (y.percent && !x.percent && x.currency.isEmpty()) {
            x.percent = true;
            x.plainDigits = false;
        }
        if (x.scale == 1 && y.scale > 1 && !x.isYearCandidate() && x.value * y.scale <= 10 * y.value) {
            x.applyScale(y.scale);
        } else if (y.scale == 1 && x.scale > 1 && y.value < x.value / x.scale * 10) {
            y.applyScale(x.scale);
        }
    }

    /**
     * Whether a score word stands shortly before the pair, or before a run of scores that the pair
     * continues: {@code won 7-6 (7-5), 1-6, 7-6 (7-4)}, where every set is a score.
     */
    private boolean isScoreContext(int first) {
        for (int k = first - 1; k >= Math.max(0, first - MAX_SCORE_RUN); k--) {
            if (SCORE_WORDS.contains(t.lower(k))) {
                return true;
            }
            boolean scorePart =
                    t.isDigits(k) || t.isDash(k) || t.isSymbol(k, ',') || t.isSymbol(k, '(') || t.isSymbol(k, ')');
            if (k < first - 4 && !scorePart) {
                return false;
            }
        }
        return false;
    }

    /** How many tokens back a run of scores may reach to its score word. */
    private static final int MAX_SCORE_RUN = 40;
}
