package org.corpusqa.numbers;

import java.util.Map;
import java.util.Set;

/**
 * Reads the hedge written around a number: the words just before it ({@code about}, {@code more
 * than}, {@code up to}, {@code no fewer than}, {@code in excess of}) and the few written after it
 * ({@code or so}, {@code or more}, {@code 100+}). The words stay outside the number's span.
 */
final class QualifierReader {
    /** One word right before the number. */
    private static final Map<String, Qualifier> SINGLE = Map.ofEntries(
            Map.entry("about", Qualifier.APPROXIMATE),
            Map.entry("around", Qualifier.APPROXIMATE),
            Map.entry("approximately", Qualifier.APPROXIMATE),
            Map.entry("roughly", Qualifier.APPROXIMATE),
            Map.entry("nearly", Qualifier.APPROXIMATE),
            Map.entry("almost", Qualifier.APPROXIMATE),
            Map.entry("some", Qualifier.APPROXIMATE),
            Map.entry("circa", Qualifier.APPROXIMATE),
            Map.entry("estimated", Qualifier.APPROXIMATE),
            Map.entry("over", Qualifier.AT_LEAST),
            Map.entry("above", Qualifier.AT_LEAST),
            Map.entry("exceeding", Qualifier.AT_LEAST),
            Map.entry("under", Qualifier.AT_MOST),
            Map.entry("below", Qualifier.AT_MOST));

    /** Abbreviations written with a dot: {@code approx. 50}, {@code c. 1500}. */
    private static final Set<String> DOTTED_APPROXIMATE = Set.of("approx", "c", "ca", "est");

    private static final Set<String> MORE = Set.of("more", "greater", "higher", "larger", "bigger");
    private static final Set<String> LESS = Set.of("less", "fewer", "lower", "smaller");
    private static final Set<String> AS_MANY = Set.of("many", "much", "high", "large");

    private final TokenSequence t;
    private int start;
    private int afterEnd;

    QualifierReader(TokenSequence tokens) {
        this.t = tokens;
    }

    /** The qualifier written right before token {@code first}, or null; see {@link #start()}. */
    Qualifier before(int first) {
        int p = first - 1;
        if (t.isSymbol(p, '~')) {
            return found(p, Qualifier.APPROXIMATE);
        }
        if (t.isSymbol(p, '.') && t.touchesPrevious(p) && DOTTED_APPROXIMATE.contains(t.lower(p - 1))) {
            return found(p - 1, Qualifier.APPROXIMATE);
        }
        String w1 = t.lower(p);
        String w2 = t.lower(p - 1);
        String w3 = t.lower(p - 2);
        Qualifier single = SINGLE.get(w1);
        if (single != null) {
            return found(p, single);
        }
        switch (w1) {
            case "to":
                if (w2.equals("close")) {
                    return found(p - 1, Qualifier.APPROXIMATE);
                }
                return w2.equals("up") ? found(p - 1, Qualifier.AT_MOST) : null;
            case "least":
                return w2.equals("at") ? found(p - 1, Qualifier.AT_LEAST) : null;
            case "most":
                return w2.equals("at") ? found(p - 1, Qualifier.AT_MOST) : null;
            case "than":
                return comparison(p, w2, w3);
            case "of":
                return partitive(p, w2, w3);
            case "as":
                return w3.equals("as") && AS_MANY.contains(w2) ? found(p - 2, Qualifier.AT_MOST) : null;
            default:
                return null;
        }
    }

    private Qualifier comparison(int p, String w2, String w3) {
        boolean negated = w3.equals("no") || w3.equals("not");
        int begin = negated ? p - 2 : p - 1;
        if (MORE.contains(w2)) {
            return found(begin, negated ? Qualifier.AT_MOST : Qualifier.AT_LEAST);
        }
        if (LESS.contains(w2)) {
            return found(begin, negated ? Qualifier.AT_LEAST : Qualifier.AT_MOST);
        }
        return null;
    }

    private Qualifier partitive(int p, String w2, String w3) {
        switch (w2) {
            case "upwards":
                return found(p - 1, Qualifier.AT_LEAST);
            case "excess":
                return w3.equals("in") ? found(p - 2, Qualifier.AT_LEAST) : null;
            case "maximum":
                return found(p - 1, Qualifier.AT_MOST);
            case "minimum":
                return found(p - 1, Qualifier.AT_LEAST);
            case "region":
            case "order":
                return w3.equals("the") ? found(p - 2, Qualifier.APPROXIMATE) : null;
            default:
                return null;
        }
    }

    private Qualifier found(int begin, Qualifier qualifier) {
        start = begin;
        return qualifier;
    }

    /** First token of the qualifier words last found by {@link #before(int)}. */
    int start() {
        return start;
    }

    /**
     * The qualifier written right after token {@code last} ({@code or so}, {@code or more}, a touching
     * {@code +}), or null; {@link #afterEnd()} tells where its words end.
     */
    Qualifier after(int last) {
        int n = last + 1;
        if (t.isSymbol(n, '+') && t.touchesPrevious(n) && !t.isDigits(n + 1)) {
            return foundAfter(n, Qualifier.AT_LEAST);
        }
        if (!t.is(n, "or")) {
            return null;
        }
        String w = t.lower(n + 1);
        switch (w) {
            case "so":
                return foundAfter(n + 1, Qualifier.APPROXIMATE);
            case "more":
                return foundAfter(n + 1, Qualifier.AT_LEAST);
            case "fewer":
            case "less":
                return foundAfter(n + 1, Qualifier.AT_MOST);
            default:
                return null;
        }
    }

    private Qualifier foundAfter(int end, Qualifier qualifier) {
        afterEnd = end;
        return qualifier;
    }

    /** Last token of the qualifier words last found by {@link #after(int)}. */
    int afterEnd() {
        return afterEnd;
    }
}
