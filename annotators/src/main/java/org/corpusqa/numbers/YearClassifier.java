package org.corpusqa.numbers;

import static org.corpusqa.numbers.NumberLexicon.COUNT_CUES;
import static org.corpusqa.numbers.NumberLexicon.DETERMINERS;
import static org.corpusqa.numbers.NumberLexicon.YEAR_NOUNS;
import static org.corpusqa.numbers.NumberLexicon.YEAR_PREFIXES;
import static org.corpusqa.numbers.NumberLexicon.YEAR_PREPOSITIONS;

/**
 * Decides whether a plain 4-digit number between 1500 and 2100 is a year or a count. In news it
 * is a year far more often, so it is a year unless the context shows a count:
 *
 * <ol>
 *   <li>after a month or a season word, a year preposition ({@code since 2012}) or a year prefix
 *       ({@code mid-2019}): year;
 *   <li>after a qualifier ({@code about 2000}, {@code more than 1500}): count;
 *   <li>before a count noun or partitive ({@code 2000 people}, {@code 1800 of them}): count;
 *   <li>before another plural noun: a year after a determiner ({@code the 2019 elections}), else a
 *       count ({@code killed 1500 militants});
 *   <li>otherwise ({@code a 2018 deal}, {@code 2015 was}): year.
 * </ol>
 */
final class YearClassifier {
    private final TokenSequence t;

    YearClassifier(TokenSequence tokens) {
        this.t = tokens;
    }

    /**
     * Whether the number spanning tokens {@code first..last} is a year, given whether a qualifier
     * stands before it.
     */
    boolean isYear(int first, int last, boolean qualified) {
        int p = first - 1;
        String before = t.lower(p);
        if (isMonthBefore(p) || isPrefixed(first)) {
            return true;
        }
        if (qualified) {
            return false;
        }
        String after = t.lower(last + 1);
        if (COUNT_CUES.contains(after) && !t.isLineStart(last + 1)) {
            return false;
        }
        if (before.equals("per") || (before.equals("of") && t.is(p - 1, "out"))) {
            return false;
        }
        if (YEAR_PREPOSITIONS.contains(before) || YEAR_NOUNS.contains(after)) {
            return true;
        }
        if (isPluralNoun(last + 1)) {
            return DETERMINERS.contains(before) || isPossessive(p);
        }
        return true;
    }

    private boolean isMonthBefore(int p) {
        int m = t.isSymbol(p, '.') ? p - 1 : p;
        return t.isCapitalized(m) && t.lexeme(m).month > 0;
    }

    private boolean isPrefixed(int first) {
        return t.touchesPrevious(first)
                && t.isDash(first - 1)
                && t.touchesPrevious(first - 1)
                && YEAR_PREFIXES.contains(t.lower(first - 2));
    }

    private boolean isPossessive(int p) {
        return t.is(p, "s") && (t.isSymbol(p - 1, '\'') || t.isSymbol(p - 1, '’'));
    }

    private boolean isPluralNoun(int n) {
        if (!t.isWord(n) || t.isCapitalized(n) || t.isLineStart(n) || t.length(n) < 4) {
            return false;
        }
        String w = t.lower(n);
        return w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is");
    }
}
