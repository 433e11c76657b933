package org.corpusqa.numbers;

import static org.corpusqa.numbers.NumberLexicon.SCALE_WORDS;
import static org.corpusqa.numbers.NumberLexicon.VAGUE_SCALES;

/**
 * Reads quantities that are not a single whole number: fractions ({@code a third of}, {@code
 * two-thirds}, {@code a quarter of a million}, {@code half of}) and vague plurals, which become
 * intervals ({@code hundreds} 200..999, {@code tens of thousands} 20000..99999, {@code a few
 * hundred} 200..999; bounds in {@link NumberLexicon#VAGUE_PLURALS}).
 *
 * <p>A fraction needs {@code of} after it, or a hyphen ({@code two-thirds majority}), because
 * {@code a third term} and {@code the second half} are ordinals and nouns, not quantities.
 */
final class VagueQuantityReader {
    private final TokenSequence t;

    VagueQuantityReader(TokenSequence tokens) {
        this.t = tokens;
    }

    // ---- fractions: a third of, two-thirds, a quarter of a million, half of

    /** A fraction starting at token {@code i}, or null. */
    Quantity fraction(int i) {
        if (t.is(i, "half")) {
            return bareHalf(i);
        }
        boolean article = t.is(i, "a");
        int numerator;
        if (article) {
            numerator = 1;
        } else {
            int n = t.lexeme(i).small;
            if (n < 1 || n > 10) {
                return null;
            }
            numerator = n;
        }
        int j = i + 1;
        boolean hyphenated = t.isDash(j) && t.touchesPrevious(j) && t.touchesNext(j);
        if (hyphenated) {
            j++;
        }
        int denominator = t.lexeme(j).denominator;
        if (denominator == 0 || (article && hyphenated)) {
            return null;
        }
        Quantity q = new Quantity();
        q.first = i;
        q.last = j;
        q.words = true;
        q.value = (double) numerator / denominator;
        if (t.is(j + 1, "of") && t.is(j + 2, "a") && t.lexeme(j + 3).scale > 0) {
            q.applyScale(t.lexeme(j + 3).scale);
            q.last = j + 3;
        } else if (!t.is(j + 1, "of") && !(hyphenated && numerator > 1)) {
            return null;
        }
        q.after = q.last + 1;
        return q;
    }

    private Quantity bareHalf(int i) {
        String before = t.lower(i - 1);
        if (!t.is(i + 1, "of")
                || before.equals("second")
                || before.equals("first")
                || before.equals("latter")
                || before.equals("other")
                || before.equals("the")
                || before.equals("this")
                || before.equals("that")) {
            return null;
        }
        Quantity q = new Quantity();
        q.first = i;
        q.last = i;
        q.after = i + 1;
        q.words = true;
        q.value = 0.5;
        return q;
    }

    // ---- vague quantities: hundreds, hundreds of thousands, scores of, a few hundred

    /** A vague plural or {@code a few}/{@code several} + scale starting at token {@code i}, or null. */
    Quantity vague(int i) {
        int scaleAt = -1;
        if (t.is(i, "several")) {
            scaleAt = i + 1;
        } else if (t.is(i, "a") && t.is(i + 1, "few")) {
            scaleAt = i + 2;
        }
        if (scaleAt > 0) {
            return fewOf(i, scaleAt);
        }
        double[] bounds = t.lexeme(i).vaguePlural;
        if (bounds == null) {
            return null;
        }
        String lower = t.lexeme(i).word;
        boolean of = t.is(i + 1, "of");
        Double scale = of ? VAGUE_SCALES.get(t.lower(i + 2)) : null;
        boolean multipliable = lower.equals("tens") || lower.equals("hundreds") || lower.equals("dozens");
        if (lower.equals("tens") && (scale == null)) {
            return null;
        }
        if (lower.equals("scores") && (!of || isDeterminer(i - 1))) {
            return null;
        }
        Quantity q = new Quantity();
        q.first = i;
        q.words = true;
        q.vague = true;
        if (scale != null && multipliable) {
            q.value = bounds[0] * scale;
            q.upper = (bounds[1] + 1) * scale - 1;
            q.last = i + 2;
        } else {
            q.value = bounds[0];
            q.upper = bounds[1];
            q.last = i;
        }
        q.after = q.last + 1;
        return q;
    }

    private Quantity fewOf(int i, int scaleAt) {
        double scale = 1;
        int j = scaleAt;
        while (t.isWord(j)) {
            String lower = t.lower(j);
            Double factor = lower.equals("dozen") ? Double.valueOf(12) : SCALE_WORDS.get(lower);
            if (factor == null) {
                break;
            }
            scale *= factor;
            j++;
        }
        if (j == scaleAt) {
            return null;
        }
        Quantity q = new Quantity();
        q.first = i;
        q.last = j - 1;
        q.after = j;
        q.words = true;
        q.vague = true;
        q.value = 2 * scale;
        q.upper = 10 * scale - 1;
        return q;
    }

    private boolean isDeterminer(int i) {
        return NumberLexicon.DETERMINERS.contains(t.lower(i));
    }
}
