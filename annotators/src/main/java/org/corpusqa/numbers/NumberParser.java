package org.corpusqa.numbers;

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
    /**
     * Finds the numbers in {@code text}.
     *
     * @param text the document text, unchanged
     * @param documentDate ISO {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}; null or empty when
     *     unknown. Gives the year of days written without one.
     * @return the mentions in text order, never overlapping
     */
    public List<NumberMention> parse(String text, String documentDate) {
        return parse(text, documentDate, Set.of());
    }

    /**
     * Finds the numbers in {@code text}, reading generic currency names ({@code pesos}, {@code
     * kroner}) as the currency of the one country among {@code countries} that uses such a name.
     *
     * @param countries ISO codes of the countries the document names as places or actors
     */
    public List<NumberMention> parse(String text, String documentDate, Set<String> countries) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        TokenSequence tokens = TokenSequence.of(text);
        int bodyStart = MetadataLine.bodyStart(tokens);
        DocumentDate date = DocumentDate.parse(documentDate);
        if (!date.isKnown() && bodyStart > 0) {
            date = DocumentDate.parse(MetadataLine.date(tokens));
        }
        return new Scan(tokens, date, countries).run(bodyStart);
    }

    /** The state of one parse: the tokens, the readers over them and the mentions found so far. */
    private static final class Scan {
        private final TokenSequence t;
        private final QuantityReader reader;
        private final NumberFilter filter;
        private final RangeReader ranges;
        private final DateMatcher dates;
        private final QualifierReader qualifiers;
        private final YearClassifier years;
        private final List<NumberMention> found = new ArrayList<>();

        Scan(TokenSequence tokens, DocumentDate date, Set<String> countries) {
            this.t = tokens;
            this.reader = new QuantityReader(tokens, countries);
            this.filter = new NumberFilter(tokens);
            this.ranges = new RangeReader(tokens, reader, filter);
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
            if (q == null || !filter.isNumber(q)) {
                return i + 1;
            }
            boolean range = ranges.extend(q);
            found.add(mention(q, range));
            return Math.max(q.after, q.last + 1);
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
