package org.corpusqa.locations;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How GeoNames names become the names text is matched against. Used by {@link GazetteerBuilder};
 * kept apart so that each rule can be tested on its own.
 */
final class NameRules {

    /** Type words that news writes after or before the name, not as part of it. */
    private static final Pattern TYPE_SUFFIX =
            Pattern.compile("(?i)\\s+(?:autonomous\\s+(?:region|oblast|okrug|republic|province)|special\\s+region|"
                    + "governorate|province|region|oblast['’]?|krai|kray|state|county|district|department|"
                    + "municipality|prefecture|parish|division|republic|voivodeship|canton|city|emirate)$");

    private static final Pattern TYPE_PREFIX = Pattern.compile(
            "(?i)^(?:muhafazat|muḩāfaz̧at|wilayat|mintaqat|(?:province|region|state|republic|emirate|canton)\\s+of"
                    + "|provincia\\s+d[eio]|departamento\\s+del?|región\\s+de|the)\\s+");

    private static final Pattern ARTICLE =
            Pattern.compile("^(?:al|el|ar|as|ash|ad|adh|az|an|at|ath|aḑ|aş|aţ|az̧)[ -]", Pattern.CASE_INSENSITIVE);

    private static final Pattern AYN_MARKS = Pattern.compile("[‘`ʿʾ]");

    /** Words that say where in a country, not which place: a short name made only of them is useless. */
    private static final Set<String> GENERIC = generic(
            "northern",
            "southern",
            "eastern",
            "western",
            "central",
            "capital",
            "upper",
            "lower",
            "middle",
            "greater",
            "inner",
            "outer",
            "far",
            "northeastern",
            "northwestern",
            "southeastern",
            "southwestern",
            "federal",
            "national",
            "special",
            "autonomous",
            "coastal",
            "island",
            "islands",
            "atoll",
            "bay",
            "river",
            "lake",
            "sea",
            "coast",
            "valley",
            "highlands",
            "lowlands",
            "plains",
            "plateau",
            "mountain",
            "mountains",
            "oriental",
            "occidental",
            "norte",
            "sur",
            "centro",
            "este",
            "oeste",
            "nord",
            "sud",
            "est",
            "ouest",
            "centre",
            "center",
            "littoral",
            "maritime",
            "and",
            "of",
            "the");

    private static Set<String> generic(String... words) {
        Set<String> all = new HashSet<>(Words.COMPASS_POINTS);
        all.addAll(Arrays.asList(words));
        return Set.copyOf(all);
    }

    /** Countries where a leading Arabic article is commonly dropped in English (Ar Raqqah → Raqqa). */
    private static final Set<String> ARABIC_ARTICLE_COUNTRIES = Set.of(
            "AE", "BH", "DZ", "EG", "IQ", "JO", "KW", "LB", "LY", "MA", "MR", "OM", "PS", "QA", "SA", "SD", "SY", "TN",
            "YE");

    private NameRules() {}

    /**
     * The short form of a first-level division's name, without its type word ({@code Idlib} for
     * {@code Idlib Governorate} or {@code Muhafazat Idlib}); empty when there is nothing to strip or
     * what remains would be a generic word ({@code Northern} of {@code Northern Territory}) or an
     * adjective ({@code Jewish} of {@code Jewish Autonomous Oblast}).
     */
    static Optional<String> shortDivisionName(String name) {
        String stripped = TYPE_PREFIX.matcher(name).replaceFirst("");
        stripped = TYPE_SUFFIX.matcher(stripped).replaceFirst("").strip();
        if (stripped.equals(name)
                || stripped.length() < 3
                || isGeneric(stripped)
                || !stripped.contains(" ") && Words.looksLikeDemonym(stripped)) {
            return Optional.empty();
        }
        return Optional.of(stripped);
    }

    /** True when every word of {@code name} is a direction or landform word. */
    static boolean isGeneric(String name) {
        for (String word : name.toLowerCase(Locale.ROOT).split("[\\s]+")) {
            if (!GENERIC.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The name without a leading Arabic article, in countries where English usually drops it
     * ({@code Raqqah} for {@code Ar Raqqah}, {@code Anbar} for {@code Al Anbar}).
     */
    static Optional<String> withoutArticle(String name, String countryCode) {
        if (!ARABIC_ARTICLE_COUNTRIES.contains(countryCode)) {
            return Optional.empty();
        }
        var m = ARTICLE.matcher(name);
        if (!m.find()) {
            return Optional.empty();
        }
        String rest = name.substring(m.end());
        if (rest.length() < 4 || !Character.isUpperCase(rest.charAt(0))) {
            return Optional.empty();
        }
        return Optional.of(rest);
    }

    /**
     * The name without the marks that transliterate the Arabic ayn and hamza ({@code Afrin} for
     * {@code ‘Afrīn}, {@code Ayn al Arab} for {@code ‘Ayn al ‘Arab}), which news leaves out; empty
     * when there are none.
     */
    static Optional<String> withoutAynMarks(String name) {
        String stripped = AYN_MARKS.matcher(name).replaceAll("");
        return stripped.equals(name) || stripped.length() < 3 ? Optional.empty() : Optional.of(stripped);
    }

    /**
     * Whether a GeoNames alternate name is worth matching in English news: Latin script, written
     * as a name (capital first, not an all-capitals code), no digits, at least four letters, at most
     * four words, plain letters once folded, and not a common English word.
     */
    static boolean isUsefulAlternate(String alternate, Set<String> commonWords) {
        if (alternate.length() < 4 || !Character.isUpperCase(alternate.charAt(0)) || isAllCaps(alternate)) {
            return false;
        }
        String folded = TextFolder.fold(alternate);
        if (folded.contains("  ") || folded.endsWith(" ")) {
            return false; // "Chennai - cennai": a note, not a name
        }
        int words = 1;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c == ' ') {
                words++;
            } else if (!(c >= 'a' && c <= 'z') && c != '\'' && c != '.') {
                return false;
            }
        }
        return words <= 4 && !commonWords.contains(folded);
    }

    /**
     * Whether an alternate spelling is a variant of the canonical name rather than another
     * language's name for the place: same first letter (articles aside) or at most three edits.
     */
    static boolean isSpellingVariant(String alternate, String canonical) {
        String a = stripArticle(TextFolder.fold(alternate));
        String c = stripArticle(TextFolder.fold(canonical));
        if (a.isEmpty() || c.isEmpty()) {
            return false;
        }
        return a.charAt(0) == c.charAt(0) || editDistance(a, c) <= 3;
    }

    static boolean isAllCaps(String name) {
        boolean letters = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letters |= Character.isLetter(c);
        }
        return letters;
    }

    private static String stripArticle(String folded) {
        var m = ARTICLE.matcher(folded);
        return m.find() ? folded.substring(m.end()) : folded;
    }

    static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** Splits a comma-separated GeoNames alternate-name field. */
    static List<String> splitAlternates(String field) {
        return field.isEmpty() ? List.of() : List.of(field.split(","));
    }
}
