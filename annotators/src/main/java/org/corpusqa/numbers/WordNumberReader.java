package org.corpusqa.numbers;

import static org.corpusqa.numbers.NumberLexicon.SCALE_ORDINALS;
import static org.corpusqa.numbers.NumberLexicon.SCALE_WORDS;
import static org.corpusqa.numbers.NumberLexicon.SMALL;
import static org.corpusqa.numbers.NumberLexicon.SMALL_ORDINALS;
import static org.corpusqa.numbers.NumberLexicon.TENS;
import static org.corpusqa.numbers.NumberLexicon.TENS_ORDINALS;

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
            String w = t.lower(j);
            Integer small = SMALL.get(w);
            Integer tens = TENS.get(w);
            Integer smallOrdinal = SMALL_ORDINALS.get(w);
            Integer tensOrdinal = TENS_ORDINALS.get(w);
            Double scale = SCALE_WORDS.get(w);
            Double scaleOrdinal = SCALE_ORDINALS.get(w);
            if (small != null && small >= 1 && small <= 9 && unitAllowed(last)) {
                current += small;
                last = Last.UNIT;
            } else if (small != null && (small == 0 || small >= 10) && groupStartAllowed(last)) {
                current += small;
                last = Last.TEEN;
            } else if (tens != null && groupStartAllowed(last)) {
                current += 10 * tens;
                last = Last.TENS;
            } else if (smallOrdinal != null && smallOrdinal >= 1 && smallOrdinal <= 9 && unitAllowed(last)) {
                current += smallOrdinal;
                ordinal = true;
            } else if (smallOrdinal != null && smallOrdinal >= 10 && groupStartAllowed(last)) {
                current += smallOrdinal;
                ordinal = true;
            } else if (tensOrdinal != null && groupStartAllowed(last)) {
                current += 10 * tensOrdinal;
                ordinal = true;
            } else if (w.equals("hundred") && (last == Last.UNIT || last == Last.TEEN) && current < 100) {
                current *= 100;
                last = Last.HUNDRED;
            } else if (scale != null && scale > 100 && current > 0 && last != Last.AND && scale < lastScale) {
                total += Quantity.scaled(current, scale);
                current = 0;
                lastScale = scale;
                last = Last.SCALE;
            } else if (w.equals("dozen") && (last == Last.UNIT || last == Last.TEEN) && current < 100) {
                current *= 12;
                end = j;
                break;
            } else if (scaleOrdinal != null && (last == Last.UNIT || last == Last.TEEN || last == Last.HUNDRED)) {
                current *= scaleOrdinal;
                ordinal = true;
            } else if (w.equals("and") && (last == Last.HUNDRED || last == Last.SCALE) && startsGroup(j + 1)) {
                last = Last.AND;
                j++;
                continue;
            } else if (w.equals("and") && last != Last.NONE && t.is(j + 1, "a") && t.is(j + 2, "half")) {
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
                && isUnitWord(t.lower(j + 2))) {
            return j + 2;
        }
        return j + 1;
    }

    private static boolean isUnitWord(String w) {
        Integer small = SMALL.get(w);
        Integer ordinal = SMALL_ORDINALS.get(w);
        return (small != null && small >= 1 && small <= 9) || (ordinal != null && ordinal >= 1 && ordinal <= 9);
    }

    private boolean startsGroup(int j) {
        String w = t.lower(j);
        return SMALL.containsKey(w)
                || TENS.containsKey(w)
                || SMALL_ORDINALS.containsKey(w)
                || TENS_ORDINALS.containsKey(w);
    }

    private boolean isArticleBeforeScale(int i) {
        return t.is(i, "a") && isScaleOrDozen(i + 1);
    }

    private boolean isScaleOrDozen(int j) {
        return SCALE_WORDS.containsKey(t.lower(j)) || t.is(j, "dozen");
    }

    private static boolean unitAllowed(Last last) {
        return last == Last.NONE || last == Last.TENS || last == Last.HUNDRED || last == Last.SCALE || last == Last.AND;
    }

    private static boolean groupStartAllowed(Last last) {
        return last == Last.NONE || last == Last.HUNDRED || last == Last.SCALE || last == Last.AND;
    }
}
