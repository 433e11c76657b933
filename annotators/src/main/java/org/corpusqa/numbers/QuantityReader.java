package org.corpusqa.numbers;

import static org.corpusqa.numbers.NumberLexicon.ATTACHED_SCALES;
import static org.corpusqa.numbers.NumberLexicon.ATTACHED_UNITS;
import static org.corpusqa.numbers.NumberLexicon.DOLLAR_PREFIXES;
import static org.corpusqa.numbers.NumberLexicon.METRE_EVENTS;
import static org.corpusqa.numbers.NumberLexicon.TIME_WORDS;
import static org.corpusqa.numbers.NumberLexicon.VAGUE_PLURALS;
import static org.corpusqa.numbers.NumberLexicon.YEAR_PREFIXES;

import java.util.Map;
import java.util.Set;

/**
 * Reads one number starting at a token: an optional currency prefix, the number itself (digits,
 * number words, a fraction or a vague plural, with scale words), and the percent sign or currency
 * name after it. Returns null where the token does not start a number or the digits belong to a
 * code, a time or a label ({@code M5}, {@code COVID-19}, {@code 10:30}, {@code 5G}).
 *
 * <p>Ranges, qualifiers and the year-or-count decision need the words around the number and are
 * left to {@link NumberParser}.
 */
final class QuantityReader {
    private static final Set<String> ABBREVIATED_CURRENCIES = Set.of("rs", "rp", "sh", "ksh");
    private static final Set<String> ATTACHED_CODES = Set.of("usd", "eur", "gbp");

    private final TokenSequence t;
    private final WordNumberReader words;
    private final VagueQuantityReader vague;
    private final UnitReader units;
    private final Set<String> countries;

    QuantityReader(TokenSequence tokens) {
        this(tokens, Set.of());
    }

    /** @param countries ISO codes of the countries the document is about ({@link UnitReader}) */
    QuantityReader(TokenSequence tokens, Set<String> countries) {
        this.t = tokens;
        this.words = new WordNumberReader(tokens);
        this.vague = new VagueQuantityReader(tokens);
        this.units = new UnitReader(tokens, countries);
        this.countries = countries;
    }

    /** The number starting at token {@code i}, or null. */
    Quantity read(int i) {
        if (t.isBlocked(i)) {
            return null;
        }
        Quantity q = currencyPrefixed(i);
        if (q == null) {
            q = core(i);
        }
        if (q != null) {
            hedgeSuffix(q);
            units.readAfter(q);
        }
        return q;
    }

    private Quantity core(int i) {
        if (t.isDigits(i)) {
            return digits(i, false);
        }
        if (isSign(i) || (t.is(i, "minus") && t.isDigits(i + 1))) {
            return negated(i, digits(i + 1, false));
        }
        if (!t.isWord(i)) {
            return null;
        }
        Quantity q = vague.fraction(i);
        if (q == null) {
            q = vague.vague(i);
        }
        if (q == null) {
            q = words.read(i);
        }
        return q;
    }

    private static Quantity negated(int sign, Quantity q) {
        if (q != null) {
            q.first = sign;
            q.value = -q.value;
            q.plainDigits = false;
        }
        return q;
    }

    private boolean isSign(int i) {
        if (!t.isSymbol(i) || !t.touchesNext(i) || !t.isDigits(i + 1) || t.touchesPrevious(i)) {
            return false;
        }
        char c = t.text().charAt(t.begin(i));
        return (c == '-' || c == '−') && !t.isDigits(i - 1);
    }

    // ---- currency written before the amount: $5, US$5, €3bn, USD 5 million, Rs. 500

    private Quantity currencyPrefixed(int i) {
        String code = null;
        int k = i + 1;
        if (t.isSymbol(i)) {
            code = NumberLexicon.currencyOfSign(t.text().charAt(t.begin(i)));
        } else if (t.isAllCaps(i) && t.isSymbol(i + 1, '$') && t.touchesNext(i)) {
            code = DOLLAR_PREFIXES.get(t.lower(i));
            k = i + 2;
        } else if (isCurrencyCode(i)) {
            code = t.lexeme(i).currencyCode;
            if (t.isSymbol(k, '.') && t.touchesPrevious(k)) {
                k++;
            }
        } else if (t.length(i) == 1 && t.isAllCaps(i) && t.touchesNext(i)) {
            code = letterCurrency(t.text().charAt(t.begin(i)));
        }
        if (code == null || !t.isDigits(k)) {
            return null;
        }
        Quantity q = digits(k, true);
        if (q == null) {
            return null;
        }
        q.first = i;
        q.currency = code;
        q.plainDigits = false;
        return q;
    }

    /**
     * The currency a capital letter written onto the digits stands for in a story about its
     * country ({@code N100,000} in Nigeria, {@code P203 billion} in the Philippines, {@code R50}
     * in South Africa), or null: elsewhere such a letter is a code or a name ({@code F16}).
     */
    private String letterCurrency(char letter) {
        String[] countryAndCode = LETTER_CURRENCIES.get(letter);
        return countryAndCode != null && countries.contains(countryAndCode[0]) ? countryAndCode[1] : null;
    }

    private static final Map<Character, String[]> LETTER_CURRENCIES = Map.of(
            'N', new String[] {"NG", "NGN"},
            'P', new String[] {"PH", "PHP"},
            'R', new String[] {"ZA", "ZAR"});

    /**
     * An ISO code in capitals ({@code USD 5m}) or an abbreviation such as {@code Rs}; written onto the
     * digits only for the common ones ({@code USD5m}, {@code Rs500}), since {@code COP28} or {@code
     * TRY1} are names and codes.
     */
    private boolean isCurrencyCode(int i) {
        if (t.lexeme(i).currencyCode == null) {
            return false;
        }
        String lower = t.lexeme(i).word;
        boolean abbreviation = ABBREVIATED_CURRENCIES.contains(lower);
        if (abbreviation ? !t.isCapitalized(i) : !t.isAllCaps(i)) {
            return false;
        }
        return !t.touchesNext(i) || !t.isDigits(i + 1) || abbreviation || ATTACHED_CODES.contains(lower);
    }

    // ---- digits

    private Quantity digits(int i, boolean afterCurrency) {
        if (!t.isDigits(i)
                || t.isBlocked(i)
                || isCodeBefore(i, afterCurrency)
                || isCodeAfter(i)
                || isInDigitChain(i)
                || isListMarker(i)) {
            return null;
        }
        String text = t.text();
        if (text.charAt(t.begin(i)) == '0' && t.length(i) > 1 && TokenSequence.isDigit(text.charAt(t.begin(i) + 1))) {
            return null; // 007, 0800: codes and clock times
        }
        Quantity q = new Quantity();
        q.first = i;
        q.last = i;
        q.value = t.digitValue(i);
        q.plainDigits = !t.hasSeparators(i);
        q.digitCount = t.length(i);
        if (t.touchesNext(i) && t.isWord(i + 1)) {
            if (!attachedSuffix(q, i + 1)) {
                return null;
            }
        } else if (t.touchesNext(i) && t.isDash(i + 1) && t.touchesNext(i + 1) && t.isWord(i + 2)) {
            hyphenSuffix(q, i + 2);
        }
        if (q.last == i && isClockTime(i, q.value)) {
            return null;
        }
        if (!q.ordinal && !q.decade) {
            andAHalf(q);
            separateScales(q);
        }
        q.after = Math.max(q.after, q.last + 1);
        return q;
    }

    private boolean isCodeBefore(int i, boolean afterCurrency) {
        if (!t.touchesPrevious(i)) {
            return false;
        }
        int p = i - 1;
        if (t.isWord(p)) {
            return !afterCurrency;
        }
        if (t.isDash(p) && t.touchesPrevious(p)) {
            return t.isWord(p - 1) && !YEAR_PREFIXES.contains(t.lower(p - 1)) && !isMeasureBefore(p - 1);
        }
        if (t.isSymbol(p, '.')) {
            return t.isDigits(p - 1) && t.touchesPrevious(p);
        }
        return t.isSymbol(p, '/')
                || t.isSymbol(p, ':')
                || t.isSymbol(p, '#')
                || t.isSymbol(p, '\'')
                || t.isSymbol(p, '’')
                || (t.isSymbol(p, '[') && t.isSymbol(i + 1, ']'));
    }

    /**
     * A lower-case word that a hyphen joins to the number it measures ({@code magnitude-8.8 quake},
     * {@code under-21 side}, {@code top-10 finish}); codes are written in capitals ({@code F-16},
     * {@code Su-24}), except the disease names of {@link NumberLexicon#LOWER_CASE_CODES}.
     */
    private boolean isMeasureBefore(int w) {
        String word = t.lower(w);
        return word.length() >= 3 && !t.hasUppercase(w) && !NumberLexicon.LOWER_CASE_CODES.contains(word);
    }

    private boolean isCodeAfter(int i) {
        if (!t.touchesNext(i) || !t.isSymbol(i + 1)) {
            return false;
        }
        int n = i + 1;
        boolean digitFollows = t.touchesNext(n) && t.isDigits(n + 1);
        return (t.isSymbol(n, ':') || t.isSymbol(n, '/') || t.isSymbol(n, '.')) && digitFollows;
    }

    /** Part of three or more digit groups joined by hyphens: phone numbers, ISBNs. */
    private boolean isInDigitChain(int i) {
        int groups = 1;
        for (int k = i; groups < 3 && isJoinedByHyphen(k, k + 2); k += 2) {
            groups++;
        }
        for (int k = i; groups < 3 && isJoinedByHyphen(k - 2, k); k -= 2) {
            groups++;
        }
        return groups >= 3;
    }

    private boolean isJoinedByHyphen(int left, int right) {
        return t.isDigits(left)
                && t.isDigits(right)
                && t.isDash(left + 1)
                && t.touchesNext(left)
                && t.touchesNext(left + 1);
    }

    private boolean isListMarker(int i) {
        return t.isLineStart(i)
                && t.length(i) <= 2
                && (t.isSymbol(i + 1, '.') || t.isSymbol(i + 1, ')'))
                && t.touchesNext(i)
                && !t.touchesNext(i + 1);
    }

    /** Letters written onto the digits; false when they make the digits a code ({@code 5G}). */
    private boolean attachedSuffix(Quantity q, int s) {
        String lower = t.lower(s);
        String raw = t.text().substring(t.begin(s), t.end(s));
        if (lower.equals("st") || lower.equals("nd") || lower.equals("rd") || lower.equals("th")) {
            q.ordinal = true;
            q.plainDigits = false;
            q.last = s;
            return true;
        }
        if (lower.equals("s")) {
            return decade(q, s);
        }
        if (TIME_WORDS.contains(lower)) {
            return false;
        }
        Double scale = ATTACHED_SCALES.get(lower);
        if (scale != null && !(lower.equals("m") && METRE_EVENTS.contains(t.lower(s + 1)))) {
            q.last = s;
            q.applyScale(scale);
            return true;
        }
        if (ATTACHED_UNITS.contains(raw) || lower.equals("m")) {
            q.plainDigits = false;
            q.after = s + 1;
            return true;
        }
        return false;
    }

    /** {@code 1990s} (years), {@code 20s} (ages), {@code 100s} (vague hundreds). */
    private boolean decade(Quantity q, int s) {
        double v = q.value;
        if (!q.plainDigits || v % 10 != 0) {
            return false;
        }
        q.last = s;
        q.plainDigits = false;
        if (q.digitCount == 4 && v >= 1500 && v <= 2100) {
            q.decade = true;
            q.upper = v + 9;
        } else if (q.digitCount == 2) {
            q.upper = v + 9;
        } else if (v == 100 || v == 1000) {
            double[] bounds = VAGUE_PLURALS.get(v == 100 ? "hundreds" : "thousands");
            q.value = bounds[0];
            q.upper = bounds[1];
            q.vague = true;
        } else {
            return false;
        }
        return true;
    }

    /** {@code 13-year-old} keeps {@code 13}; {@code 5-million} scales it. */
    private void hyphenSuffix(Quantity q, int w) {
        double scale = t.lexeme(w).scale;
        if (scale > 0 && !t.is(w, "hundred")) {
            q.applyScale(scale);
            q.last = w;
        }
    }

    /** {@code 40-plus} and {@code forty-odd}: a hedge joined to the number, kept outside the span. */
    private void hedgeSuffix(Quantity q) {
        int d = q.last + 1;
        if (!t.isDash(d) || !t.touchesPrevious(d) || !t.touchesNext(d)) {
            return;
        }
        if (t.is(d + 1, "plus")) {
            q.suffixQualifier = Qualifier.AT_LEAST;
        } else if (t.is(d + 1, "odd")) {
            q.suffixQualifier = Qualifier.APPROXIMATE;
        } else {
            return;
        }
        q.plainDigits = false;
        q.after = Math.max(q.after, d + 2);
    }

    /** {@code 10am}, {@code 3 p.m.}, {@code 1.38 a.m.}, {@code 1500 GMT}, {@code 5 o'clock}. */
    private boolean isClockTime(int i, double value) {
        int n = i + 1;
        if (!t.isWord(n)) {
            return false;
        }
        String lower = t.lower(n);
        double minutes = value - Math.floor(value); // 1.38 a.m., 10.30pm: hours and minutes
        boolean hour = value >= 0
                && value < 13
                && (value == Math.rint(value)
                        || Math.abs(value * 100 - Math.rint(value * 100)) < 1e-6 && minutes < 0.6);
        if ((lower.equals("am") || lower.equals("pm")) && hour) {
            return true;
        }
        if ((lower.equals("a") || lower.equals("p")) && t.isSymbol(n + 1, '.') && t.is(n + 2, "m") && hour) {
            return true;
        }
        if (lower.equals("o") && (t.isSymbol(n + 1, '\'') || t.isSymbol(n + 1, '’')) && t.is(n + 2, "clock")) {
            return true;
        }
        return TIME_WORDS.contains(lower) && t.isAllCaps(n);
    }

    private void andAHalf(Quantity q) {
        int j = q.last + 1;
        if (t.is(j, "and") && t.is(j + 1, "a") && t.is(j + 2, "half")) {
            q.value += 0.5;
            q.plainDigits = false;
            q.last = j + 2;
        }
    }

    private void separateScales(Quantity q) {
        int j = q.last + 1;
        while (t.isWord(j) && !t.isLineStart(j)) {
            Lexeme w = t.lexeme(j);
            double scale = w.scale > 0 ? w.scale : w.scaleAbbreviation;
            if (scale == 0) {
                break;
            }
            q.applyScale(scale);
            q.last = j;
            j++;
        }
    }
}
