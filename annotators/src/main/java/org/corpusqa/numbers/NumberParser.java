package org.corpusqa.numbers;

import static org.corpusqa.numbers.NumberLexicon.DESIGNATORS;
import static org.corpusqa.numbers.NumberLexicon.NAME_DESIGNATORS;
import static org.corpusqa.numbers.NumberLexicon.ONE_IDIOMS;
import static org.corpusqa.numbers.NumberLexicon.PRONOUN_ONE_AFTER;
import static org.corpusqa.numbers.NumberLexicon.PRONOUN_ONE_BEFORE;
import static org.corpusqa.numbers.NumberLexicon.SCORE_WORDS;
import static org.corpusqa.numbers.NumberLexicon.SECOND_AS_TIME_AFTER;
import static org.corpusqa.numbers.NumberLexicon.YEAR_PREPOSITIONS;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds every numeric expression in a news text and normalises it (GUIDELINES: Number): digits,
 * number words, scale words, ordinals, percentages, money, years, days of a month and vague
 * quantities, each with its value, bounds and the hedge written before or after it.
 *
 * <p>Decisions the guidelines leave open:
 *
 * <ul>
 *   <li>A range is one mention whose span covers both ends and the word between ({@code 10 to 20},
 *       {@code 10-20}, {@code 10 and 20} after {@code between}; {@code between} stays outside),
 *       with {@code value} the lower and {@code upperValue} the upper end, qualifier RANGE. Units
 *       written once apply to both ends ({@code $5-10 million}, {@code 10-20%}). Only rising pairs
 *       are ranges: {@code won 3-1}, {@code voted 52 to 48}, or a dash pair after a score word, are
 *       two numbers; so is {@code from 5% to 7%}, which is a change, not an interval.
 *   <li>Vague quantities ({@code hundreds}, {@code tens of thousands}, {@code a few hundred}) have
 *       their bounds as value and upperValue and qualifier APPROXIMATE.
 *   <li>Clock times ({@code 10:30}, {@code 3pm}, {@code 0800 GMT}), scores and ratios written with a
 *       colon, slashed forms ({@code 24/7}, {@code 9/11}, {@code 1/2}) and version numbers are not
 *       numbers: the guidelines have no kind for them and reading them as counts would be wrong.
 *   <li>Digits joined to letters are codes ({@code M5}, {@code G20}, {@code COVID-19}, {@code F-16},
 *       {@code 5G}); digits after a label word are labels ({@code Article 5}, {@code Flight 370},
 *       {@code No. 10}); digits in URLs, e-mail addresses, handles and hashtags are skipped.
 *   <li>{@code one} is a pronoun in {@code one of}, {@code no one}, {@code the one}, {@code one
 *       another}; {@code a second} before {@code later}, {@code ago} … is a unit of time.
 *   <li>A leading metadata line {@code date YYYY-MM[-DD]} is not body text and gives the document
 *       date when none is passed in.
 * </ul>
 *
 * <p>The text is tokenized once and read token by token with bounded look-back and look-ahead, so
 * parsing is linear in the length of the text. Instances are immutable and thread-safe.
 */
public final class NumberParser {
    private static final Set<String> ONE_ADJECTIVES = Set.of(
            "first", "last", "next", "other", "only", "right", "wrong", "new", "old", "big", "small", "little", "good",
            "bad", "latest", "same", "younger", "older", "main", "second", "third", "final");

    private static final Set<String> SECOND_AS_TIME_BEFORE =
            Set.of("a", "per", "split", "one", "every", "each", "nano", "milli");

    /** Labels written with a dot before their number: {@code No. 10}, {@code Vol. 2}. */
    private static final Set<String> DOTTED_DESIGNATORS = Set.of("no", "nos", "vol", "pp", "p", "art", "sec", "ch");

    /**
     * Finds the numbers in {@code text}.
     *
     * @param text the document text, unchanged
     * @param documentDate ISO {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}; null or empty when
     *     unknown. Gives the year of days written without one.
     * @return the mentions in text order, never overlapping
     */
    public List<NumberMention> parse(String text, String documentDate) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        TokenSequence tokens = TokenSequence.of(text);
        int bodyStart = MetadataLine.bodyStart(tokens);
        DocumentDate date = DocumentDate.parse(documentDate);
        if (!date.isKnown() && bodyStart > 0) {
            date = DocumentDate.parse(MetadataLine.date(tokens));
        }
        return new Scan(tokens, date).run(bodyStart);
    }

    /** The state of one parse: the tokens, the readers over them and the mentions found so far. */
    private static final class Scan {
        private final TokenSequence t;
        private final QuantityReader reader;
        private final DateMatcher dates;
        private final QualifierReader qualifiers;
        private final YearClassifier years;
        private final List<NumberMention> found = new ArrayList<>();

        Scan(TokenSequence tokens, DocumentDate date) {
            this.t = tokens;
            this.reader = new QuantityReader(tokens);
            this.dates = new DateMatcher(tokens, date);
            this.qualifiers = new QualifierReader(tokens);
            this.years = new YearClassifier(tokens);
        }

        List<NumberMention> run(int start) {
            int i = start;
            while (i < t.size()) {
                i = step(i);
            }
            return found;
        }

        /** Reads at token {@code i}; returns the next token to read. */
        private int step(int i) {
            if (t.isBlocked(i)) {
                return i + 1;
            }
            DateMatcher.Match date = dates.match(i);
            if (date != null) {
                found.add(date.mention());
                return date.lastToken() + 1;
            }
            Quantity q = reader.read(i);
            if (q == null || !isNumber(q)) {
                return i + 1;
            }
            boolean range = range(q);
            found.add(mention(q, range));
            return Math.max(q.after, q.last + 1);
        }

        // ---- false numbers

        private boolean isNumber(Quantity q) {
            int i = q.first;
            if (q.bareOne && isPronounOne(i)) {
                return false;
            }
            if (q.ordinal && q.words && t.is(i, "second") && q.last == i && isSecondOfTime(i)) {
                return false;
            }
            if (q.words && t.isCapitalized(i) && isInsideName(i)) {
                return false;
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
            String article = t.lower(i - 2);
            return ONE_ADJECTIVES.contains(before)
                    && (article.equals("the")
                            || article.equals("a")
                            || article.equals("an")
                            || article.equals("this")
                            || article.equals("that"));
        }

        private boolean isSecondOfTime(int i) {
            if (!SECOND_AS_TIME_BEFORE.contains(t.lower(i - 1))) {
                return false;
            }
            return !t.isWord(i + 1) || SECOND_AS_TIME_AFTER.contains(t.lower(i + 1));
        }

        /** {@code Formula One}, {@code Air Force One}, {@code the Big Four}. */
        private boolean isInsideName(int i) {
            int p = i - 1;
            if (!t.isCapitalized(p) || t.isLineStart(i)) {
                return false;
            }
            return t.is(p, "big") || t.is(i, "one");
        }

        /** {@code Article 5}, {@code Flight 370}, {@code No. 10}. */
        private boolean isLabel(int i) {
            int p = i - 1;
            if (t.isSymbol(p, '.') && t.touchesPrevious(p) && DOTTED_DESIGNATORS.contains(t.lower(p - 1))) {
                return true;
            }
            if (!t.isWord(p) || t.touchesPrevious(i)) {
                return false;
            }
            String word = t.lower(p);
            return DESIGNATORS.contains(word) || (NAME_DESIGNATORS.contains(word) && t.hasUppercase(p));
        }

        // ---- ranges

        /**
         * Extends {@code q} to a range when a second number follows through {@code to}, a dash,
         * {@code and} (after {@code between}) or {@code or}; returns whether it did.
         */
        private boolean range(Quantity q) {
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
            if (y == null || y.vague || y.ordinal || y.decade || !isNumber(y)) {
                return false;
            }
            if (q.unitWrittenAfter && (q.percent != y.percent || !q.currency.equals(y.currency))) {
                return false; // fell 4 percent to 3,000 points
            }
            if (dash && q.isYearCandidate() && y.plainDigits && y.digitCount == 2) {
                expandShortYear(q, y);
            }
            shareUnits(q, y);
            boolean from = t.is(q.first - 1, "from");
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

        private boolean isScoreContext(int first) {
            for (int k = first - 1; k >= Math.max(0, first - 4); k--) {
                if (SCORE_WORDS.contains(t.lower(k))) {
                    return true;
                }
            }
            return false;
        }

        // ---- kind and qualifier

        private NumberMention mention(Quantity q, boolean range) {
            Qualifier before = range ? null : qualifiers.before(q.first);
            Qualifier after = range ? null : qualifiers.after(q.last);
            if (after != null) {
                q.after = Math.max(q.after, qualifiers.afterEnd() + 1);
            }
            NumberKind kind = kindOf(q, before);
            Qualifier qualifier;
            if (range) {
                qualifier = Qualifier.RANGE;
            } else if (kind == NumberKind.ORDINAL || kind == NumberKind.DATE) {
                qualifier = Qualifier.EXACT;
            } else if (kind == NumberKind.YEAR) {
                qualifier = q.decade ? Qualifier.RANGE : yearQualifier(before);
            } else if (q.suffixQualifier != null) {
                qualifier = q.suffixQualifier;
            } else if (after != null) {
                qualifier = after;
            } else if (before != null) {
                qualifier = before;
            } else if (q.vague) {
                qualifier = Qualifier.APPROXIMATE;
            } else if (!Double.isNaN(q.upper)) {
                qualifier = Qualifier.RANGE;
            } else {
                qualifier = Qualifier.EXACT;
            }
            String normalized = kind == NumberKind.MONEY ? q.currency : "";
            return new NumberMention(t.begin(q.first), t.end(q.last), kind, q.value, q.upper, qualifier, normalized);
        }

        private NumberKind kindOf(Quantity q, Qualifier before) {
            if (!q.currency.isEmpty()) {
                return NumberKind.MONEY;
            }
            if (q.percent) {
                return NumberKind.PERCENT;
            }
            if (q.ordinal) {
                return NumberKind.ORDINAL;
            }
            if (q.decade) {
                return NumberKind.YEAR;
            }
            if (q.isYearCandidate() || isYearRange(q)) {
                boolean qualified = before != null && !isApproximateYear(before);
                return years.isYear(q.first, q.last, qualified) ? NumberKind.YEAR : NumberKind.CARDINAL;
            }
            return NumberKind.CARDINAL;
        }

        private boolean isYearRange(Quantity q) {
            return q.plainDigits
                    && q.digitCount == 4
                    && q.value >= 1500
                    && q.upper <= 2100
                    && q.currency.isEmpty()
                    && !q.percent;
        }

        /** {@code in about 2015}, {@code since around 1990}: a hedged year, not a count. */
        private boolean isApproximateYear(Qualifier before) {
            return before == Qualifier.APPROXIMATE
                    && !t.is(qualifiers.start(), "some")
                    && YEAR_PREPOSITIONS.contains(t.lower(qualifiers.start() - 1));
        }

        private Qualifier yearQualifier(Qualifier before) {
            return before == Qualifier.APPROXIMATE ? Qualifier.APPROXIMATE : Qualifier.EXACT;
        }
    }
}
