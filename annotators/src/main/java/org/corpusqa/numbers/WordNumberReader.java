package org.corpusqa.numbers;

/**
 * Reads numbers written in words: {@code nine}, {@code twenty-one}, {@code one hundred and
 * twenty}, {@code three million}, {@code a million}, {@code half a million}, {@code two dozen},
 * {@code one and a half}, and ordinals such as {@code first} and {@code twenty-first}.
 *
 * <p>The words are read left to right with the usual accumulator (a group below a thousand, closed
 * by {@code thousand}, {@code million}, … in falling order). Each step checks that the word may
 * follow the one before, so {@code one two} stops after {@code one} and {@code nine-year} after
 * {@code nine}. An article counts as one only before a scale: {@code a million}, not {@code a week}.
 */
final class WordNumberReader {
    private enum Last {
        NONE,
        UNIT,
        TEEN,
        TENS,
        HUNDRED,
        SCALE,
        AND
    }

    private final TokenSequence t;

    WordNumberReader(TokenSequence tokens) {
        this.t = tokens;
    }

    /** The word number starting at token {@code i}, or null. */
    Quantity read(int i) {
        double total = 0;
        double current = 0;
        double lastScale = Double.MAX_VALUE;
        Last last = Last.NONE;
        boolean ordinal = false;
        int j = i;
        int end = -1;
        if (isArticleBeforeScale(i)) {
            current = 1;
            last = Last.UNIT;
            end = i;
            j = i + 1;
        } else if (t.is(i, "half") && t.is(i + 1, "a") && isScaleOrDozen(i + 2)) {
            current = 0.5;
            last = Last.UNIT;
            end = i + 1;
            j = i + 2;
        }
        while (t.isWord(j) && (j == i || !t.isLineStart(j))) {
            Lexeme w = t.lexeme(j);
            int small = w.small;
            int smallOrdinal = w.smallOrdinal;
            double scale = w.scale;
            if (small >= 1 && small <= 9 && unitAllowed(last)) {
                current += small;
                last = Last.UNIT;
            } else if ((small == 0 || small >= 10) && groupStartAllowed(last)) {
                current += small;
                last = Last.TEEN;
            } else if (w.tens >= 0 && groupStartAllowed(last)) {
                current += 10 * w.tens;
                last = Last.TENS;
            } else if (smallOrdinal >= 1 && smallOrdinal <= 9 && unitAllowed(last)) {
                current += smallOrdinal;
                ordinal = true;
            } else if (smallOrdinal >= 10 && groupStartAllowed(last)) {
                current += smallOrdinal;
                ordinal = true;
            } else if (w.tensOrdinal >= 0 && groupStartAllowed(last)) {
                current += 10 * w.tensOrdinal;
                ordinal = true;
            } else if (t.is(j, "hundred") && (last == Last.UNIT || last == Last.TEEN) && current < 100) {
                current *= 100;
                last = Last.HUNDRED;
            } else if (scale > 100 && current > 0 && last != Last.AND && scale < lastScale) {
                total += Quantity.scaled(current, scale);
                current = 0;
                lastScale = scale;
                last = Last.SCALE;
            } else if (t.is(j, "dozen") && (last == Last.UNIT || last == Last.TEEN) && current < 100) {
                current *= 12;
                end = j;
                break;
            } else if (w.scaleOrdinal > 0 && (last == Last.UNIT || last == Last.TEEN || last == Last.HUNDRED)) {
                current *= w.scaleOrdinal;
                ordinal = true;
            } else if (t.is(j, "and") && (last == Last.HUNDRED || last == Last.SCALE) && startsGroup(j + 1)) {
                last = Last.AND;
                j++;
                continue;
            } else if (t.is(j, "and") && last != Last.NONE && t.is(j + 1, "a") && t.is(j + 2, "half")) {
                current += 0.5;
                last = Last.UNIT;
                end = j + 2;
                j += 3;
                continue;
            } else {
                break;
            }
            end = j;
            if (ordinal) {
                break;
            }
            j = nextWordIndex(j, last);
        }
        if (end < 0 || (end == i && isArticleBeforeScale(i))) {
            return null;
        }
        Quantity q = new Quantity();
        q.first = i;
        q.last = end;
        q.after = end + 1;
        q.words = true;
        q.ordinal = ordinal;
        q.value = total + current;
        q.bareOne = end == i && t.is(i, "one");
        if (lastScale != Double.MAX_VALUE) {
            q.scale = lastScale;
        }
        return q;
    }

    /** The next token to read: after a tens word, a hyphen joining a unit ({@code twenty-one}) is skipped. */
    private int nextWordIndex(int j, Last last) {
        if (last == Last.TENS
                && t.isDash(j + 1)
                && t.touchesNext(j)
                && t.touchesNext(j + 1)
                && isUnitWord(t.lexeme(j + 2))) {
            return j + 2;
        }
        return j + 1;
    }

    private static boolean isUnitWord(Lexeme w) {
        return (w.small >= 1 && w.small <= 9) || (w.smallOrdinal >= 1 && w.smallOrdinal <= 9);
    }

    private boolean startsGroup(int j) {
        Lexeme w = t.lexeme(j);
        return w.small >= 0 || w.tens >= 0 || w.smallOrdinal >= 0 || w.tensOrdinal >= 0;
    }

    private boolean isArticleBeforeScale(int i) {
        return t.is(i, "a") && isScaleOrDozen(i + 1);
    }

    private boolean isScaleOrDozen(int j) {
        return t.lexeme(j).scale > 0 || t.is(j, "dozen");
    }

    private static boolean unitAllowed(Last last) {
        return last == Last.NONE || last == Last.TENS || last == Last.HUNDRED || last == Last.SCALE || last == Last.AND;
    }

    private static boolean groupStartAllowed(Last last) {
        return last == Last.NONE || last == Last.HUNDRED || last == Last.SCALE || last == Last.AND;
    }
}
