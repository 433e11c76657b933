package org.corpusqa.numbers;

import static org.corpusqa.numbers.NumberLexicon.CURRENCY_ADJECTIVES;
import static org.corpusqa.numbers.NumberLexicon.CURRENCY_BY_COUNTRY;
import static org.corpusqa.numbers.NumberLexicon.CURRENCY_CODES;
import static org.corpusqa.numbers.NumberLexicon.CURRENCY_NAMES;
import static org.corpusqa.numbers.NumberLexicon.GENERIC_CURRENCY_NAMES;
import static org.corpusqa.numbers.NumberLexicon.NEEDS_ADJECTIVE;

import java.util.Map;
import java.util.Set;

/**
 * Reads what is written after a number and makes it a percentage or an amount of money: {@code %},
 * {@code percent}, {@code per cent}, {@code percentage points}, and currency names or codes
 * ({@code dollars}, {@code Australian dollars}, {@code of dollars} after a vague plural, {@code
 * USD}). These words belong to the span. {@code pounds} counts as money only where a weight is
 * unlikely: after a scale ({@code 80 million pounds}), with an adjective ({@code Syrian pounds}) or
 * before {@code sterling}.
 */
final class UnitReader {
    /** Below this, digits before {@code won} are a count before the verb, not Korean won. */
    private static final double SMALLEST_WON_AMOUNT = 1000;

    private final TokenSequence t;
    private final Set<String> countries;

    /**
     * @param countries ISO codes of the countries the document is about: they say which currency a
     *     generic name means ({@code pesos} in a story about Mexico)
     */
    UnitReader(TokenSequence tokens, Set<String> countries) {
        this.t = tokens;
        this.countries = countries;
    }

    /** Extends {@code q} over a percent sign or currency written after it. */
    void readAfter(Quantity q) {
        int j = q.last + 1;
        if (t.isLineStart(j)) {
            return;
        }
        if (t.isSymbol(j, '%') || t.isSymbol(j, '٪')) {
            markPercent(q, j);
        } else if (t.is(j, "percent") || t.is(j, "pct")) {
            markPercent(q, j);
        } else if (t.is(j, "per") && t.is(j + 1, "cent")) {
            markPercent(q, j + 1);
        } else if (t.is(j, "percentage") && (t.is(j + 1, "points") || t.is(j + 1, "point"))) {
            markPercent(q, j + 1);
        } else if (q.currency.isEmpty() && !q.ordinal && !q.decade) {
            currencyAfter(q, j);
        }
    }

    /** The one currency of the story's countries that a generic name can mean, or null. */
    private String currencyOfTheStory(String name) {
        Map<String, String> byCountry = CURRENCY_BY_COUNTRY.get(GENERIC_CURRENCY_NAMES.getOrDefault(name, ""));
        if (byCountry == null) {
            return null;
        }
        String found = null;
        for (Map.Entry<String, String> e : byCountry.entrySet()) {
            if (countries.contains(e.getKey())) {
                if (found != null) {
                    return null; // pesos in a story about Mexico and Argentina: whose?
                }
                found = e.getValue();
            }
        }
        return found;
    }

    private void markPercent(Quantity q, int last) {
        if (q.ordinal || q.decade || !q.currency.isEmpty()) {
            return;
        }
        q.percent = true;
        q.unitWrittenAfter = true;
        q.plainDigits = false;
        q.last = last;
        q.after = Math.max(q.after, last + 1);
    }

    private void currencyAfter(Quantity q, int j) {
        int k = j;
        if (q.vague && t.is(k, "of")) {
            k++;
        }
        String adjective = CURRENCY_ADJECTIVES.get(t.lower(k));
        if (adjective != null && t.isCapitalized(k)) {
            k++;
        }
        String name = t.lower(k);
        String code = CURRENCY_NAMES.get(name);
        if (code == null) {
            code = t.isAllCaps(k) && k == j && !q.vague ? CURRENCY_CODES.get(name) : null;
            adjective = null;
        }
        if (code == null) {
            return;
        }
        boolean pounds = name.equals("pound") || name.equals("pounds");
        if (pounds && adjective == null && q.scale == 1 && !q.vague && !t.is(k + 1, "sterling")) {
            return; // 200 pounds of cocaine: a weight
        }
        if (name.equals("won") && adjective == null && q.scale == 1 && q.value < SMALLEST_WON_AMOUNT) {
            return; // 184 won by the Liberals: the verb (amounts in won run to thousands)
        }
        if (adjective != null) {
            code = adjective;
        } else if (code.equals(NEEDS_ADJECTIVE)) {
            code = currencyOfTheStory(name);
            if (code == null) {
                return;
            }
        }
        q.currency = code;
        q.unitWrittenAfter = true;
        q.plainDigits = false;
        q.last = t.is(k + 1, "sterling") ? k + 1 : k;
        q.after = Math.max(q.after, q.last + 1);
    }
}
