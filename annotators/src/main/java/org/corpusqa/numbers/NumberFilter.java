package org.corpusqa.numbers;

import static org.corpusqa.numbers.NumberLexicon.DESIGNATORS;
import static org.corpusqa.numbers.NumberLexicon.NAME_DESIGNATORS;
import static org.corpusqa.numbers.NumberLexicon.ONE_IDIOMS;
import static org.corpusqa.numbers.NumberLexicon.PRONOUN_ONE_AFTER;
import static org.corpusqa.numbers.NumberLexicon.PRONOUN_ONE_BEFORE;
import static org.corpusqa.numbers.NumberLexicon.SECOND_AS_TIME_AFTER;

import java.util.Set;

/**
 * Rejects words and digits that read as numbers but are not (GUIDELINES: Number, "Not numbers"):
 * {@code one} as a pronoun ({@code one of the last hotbeds}, {@code no one}, {@code the one who},
 * {@code one another}, {@code one-off}), {@code a second} as a unit of time ({@code a second
 * later}), number words inside names ({@code Formula One}, {@code the Big Four}) and digits after
 * a label word ({@code Article 5}, {@code Windows 10}, {@code No. 10}); and capitalized ordinals
 * that open a title ({@code First Lady}, {@code First Minister}).
 */
final class NumberFilter {
    private static final Set<String> ONE_ADJECTIVES = Set.of(
            "first", "last", "next", "other", "only", "right", "wrong", "new", "old", "big", "small", "little", "good",
            "bad", "latest", "same", "younger", "older", "main", "second", "third", "final");

    private static final Set<String> SECOND_AS_TIME_BEFORE =
            Set.of("a", "per", "split", "one", "every", "each", "nano", "milli");

    /** Capitalized words after a capitalized ordinal that make it a title: {@code First Lady}. */
    private static final Set<String> ORDINAL_TITLES =
            Set.of("lady", "gentleman", "minister", "secretary", "deputy", "nations", "amendment");

    /** Labels written with a dot before their number: {@code No. 10}, {@code Vol. 2}. */
    private static final Set<String> DOTTED_DESIGNATORS = Set.of("no", "nos", "vol", "pp", "p", "art", "sec", "ch");
    /** Articles that open a noun phrase closed by {@code one}: {@code the most peaceful one}. */
    private static final Set<String> ARTICLES_BEFORE_ONE = Set.of("the", "a", "an", "this", "that");
    /** Adjectives (and adverbs) looked back over from {@code one} to its article. */
    private static final int MAX_ADJECTIVES_BEFORE_ONE = 3;

    /** Capitalized words looked back over for a name designator ({@code Galaxy Note 7}). */
    private static final int MAX_NAME_WORDS = 3;

    private final TokenSequence t;

    NumberFilter(TokenSequence tokens) {
        this.t = tokens;
    }

    /** Whether {@code q} is a number and not a pronoun, a unit of time, part of a name or a label. */
    boolean isNumber(Quantity q) {
        int i = q.first;
        if (q.bareOne && isPronounOne(i)) {
            return false;
        }
        if (q.ordinal && q.words && t.is(i, "second") && q.last == i && isSecondOfTime(i)) {
            return false;
        }
        if (q.ordinal && q.words && t.is(i, "first") && t.is(i - 1, "at")) {
            return false; // at first, at first sight: "initially", no rank
        }
        if (q.words && t.is(i, "zero") && q.last == i && isZeroIdiom(i)) {
            return false;
        }
        if (q.words && t.isCapitalized(i) && isInsideName(i)) {
            return false;
        }
        if (q.ordinal && q.words && t.isCapitalized(i) && t.isCapitalized(q.last + 1)) {
            if (ORDINAL_TITLES.contains(t.lower(q.last + 1))) {
                return false; // First Lady, First Minister, First Nations
            }
        }
        return !(t.isDigits(i) && isLabel(i));
    }

    private boolean isPronounOne(int i) {
        String before = t.lower(i - 1);
        String after = t.lower(i + 1);
        if (PRONOUN_ONE_BEFORE.contains(before) || PRONOUN_ONE_AFTER.contains(after)) {
            return true;
        }
        if ((t.isSymbol(i + 1, '\'') || t.isSymbol(i + 1, '’')) && t.is(i + 2, "s")) {
            return true; // one's
        }
        if (t.isDash(i + 1) && t.touchesNext(i) && ONE_IDIOMS.contains(t.lower(i + 2))) {
            return true;
        }
        if ((before.equals("at") && (after.equals("point") || after.equals("time") || after.equals("stage")))
                || (after.equals("day") && t.isSymbol(i + 2, ','))) {
            return true; // at one point, One day, ...
        }
        if (endsAdjectivePhrase(i)) {
            return true;
        }
        String article = t.lower(i - 2);
        return ONE_ADJECTIVES.contains(before) && ARTICLES_BEFORE_ONE.contains(article);
    }

    /** {@code net zero}, {@code ground zero}, {@code zero tolerance}, {@code zero-sum}: terms, no counts. */
    private boolean isZeroIdiom(int i) {
        return t.is(i - 1, "net")
                || t.is(i - 1, "ground")
                || t.is(i + 1, "tolerance")
                || t.isDash(i + 1) && t.touchesNext(i) && t.is(i + 2, "sum");
    }

    /**
     * {@code one} that closes a noun phrase after its adjectives ({@code the most peaceful one,}, {@code
     * a big one.}): it stands for a noun said before. {@code the number one.} and {@code 10 seats and
     * the Green Party one.} are counts.
     */
    private boolean endsAdjectivePhrase(int i) {
        if (t.isWord(i + 1) || i + 1 >= t.size()) {
            return false;
        }
        for (int k = i - 1; k >= i - MAX_ADJECTIVES_BEFORE_ONE - 1 && t.isWord(k) && !t.isDigits(k); k--) {
            String word = t.lower(k);
            if (word.equals("number") || word.equals("no")) {
                return false;
            }
            if (ARTICLES_BEFORE_ONE.contains(word)) {
                return k < i - 1;
            }
            if (t.isCapitalized(k)) {
                return false; // the Green Party one: a count elided after a name
            }
        }
        return false;
    }

    private boolean isSecondOfTime(int i) {
        if (!SECOND_AS_TIME_BEFORE.contains(t.lower(i - 1))) {
            return false;
        }
        return !t.isWord(i + 1) || SECOND_AS_TIME_AFTER.contains(t.lower(i + 1));
    }

    /**
     * {@code Formula One}, {@code the Big Four}, {@code Four Seasons}, {@code Group of Seven}: a
     * number word capitalized inside a sentence belongs to a name. On the first line, often a title in
     * title case, only {@code One} after a capitalized word and numbers after {@code Big} are.
     */
    private boolean isInsideName(int i) {
        if (isSentenceStart(i)) {
            return false;
        }
        if (t.isInFirstLine(i)) {
            return t.isCapitalized(i - 1) && (t.is(i - 1, "big") || t.is(i, "one"));
        }
        return true;
    }

    /**
     * {@code Article 5}, {@code Flight 370}, {@code No. 10}, {@code Group of 20}, and the numbers
     * listed after such a label ({@code Articles 5 and 6}).
     */
    private boolean isLabel(int i) {
        int p = i - 1;
        if (t.isSymbol(p, ',') || t.is(p, "and") || t.is(p, "or")) {
            int q = t.isSymbol(p - 1, ',') ? p - 2 : p - 1; // "Propositions 301, 302 and 303"
            if (q < i - 1 && q >= 0 && t.isDigits(q) && isLabel(q)) {
                return true;
            }
        }
        if (t.isSymbol(p, '.') && t.touchesPrevious(p) && DOTTED_DESIGNATORS.contains(t.lower(p - 1))) {
            return true;
        }
        if (!t.isWord(p) || t.touchesPrevious(i)) {
            return false;
        }
        String word = t.lower(p);
        if (word.equals("no")) {
            return t.isCapitalized(p) && !isSentenceStart(p); // No 10 Downing Street
        }
        if (word.equals("of") && t.is(p - 1, "group") && t.isCapitalized(p - 1)) {
            return true; // the Group of 20, as the Group of Seven
        }
        return DESIGNATORS.contains(word) || isInNamedProduct(p);
    }

    /**
     * Whether the capitalized words that end at {@code p} hold a {@link NumberLexicon#NAME_DESIGNATORS
     * name designator}: {@code Windows 10}, and also {@code Galaxy Note 7}, {@code Apollo Lunar Module
     * 5}, where the designator opens a longer name.
     */
    private boolean isInNamedProduct(int p) {
        for (int k = p; k > p - MAX_NAME_WORDS && t.isWord(k) && t.hasUppercase(k); k--) {
            if (NAME_DESIGNATORS.contains(t.lower(k))) {
                return true;
            }
            if (k < p && t.touchesNext(k)) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether token {@code i} opens a sentence: it starts a line or follows end punctuation, a colon
     * or a spaced dash ({@code (Reuters) - Four people}), with any opening quotes or brackets between.
     */
    private boolean isSentenceStart(int i) {
        int p = i - 1;
        while (p >= 0 && !t.isLineStart(p + 1) && isOpening(p)) {
            p--;
        }
        if (p < 0 || t.isLineStart(p + 1)) {
            return true;
        }
        if (t.isDash(p)) {
            return !t.touchesPrevious(p) && !t.touchesNext(p);
        }
        return t.isSymbol(p, '.')
                || t.isSymbol(p, '!')
                || t.isSymbol(p, '?')
                || t.isSymbol(p, ':')
                || t.isSymbol(p, '—');
    }

    private boolean isOpening(int p) {
        return t.isSymbol(p, '"')
                || t.isSymbol(p, '“')
                || t.isSymbol(p, '‘')
                || t.isSymbol(p, '\'')
                || t.isSymbol(p, '«')
                || t.isSymbol(p, '(')
                || t.isSymbol(p, '[');
    }
}
