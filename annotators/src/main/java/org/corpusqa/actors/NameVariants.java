package org.corpusqa.actors;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The forms a person's name takes in news text, derived from the full name so that the registry
 * never has to list them: the surname alone ({@code Erdoğan}), dropped given names ({@code Tayyip
 * Erdoğan}) and dropped Arabic article particles ({@code Bashar Assad}, {@code Assad} for {@code
 * Bashar al-Assad}). A generational suffix ({@code Jr.}, {@code III}) is no surname.
 *
 * <p>Particles written as separate words ({@code von der Leyen}, {@code da Silva}) stay with the
 * surname, since the surname is not used without them. A name whose only given name is a kunya
 * ({@code Abu Mujahid}) gets no surname-only form: "Mujahid" alone would be another person.
 * Korean names put the family name first ({@code Kim} for {@code Kim Jong Un}, {@code Koh} for
 * {@code Koh Dong-jin}).
 */
public final class NameVariants {
    /** A form of a name and the rule that derived it (for {@code Actor.matchRule}). */
    public record Variant(String form, String rule) {}

    /** Rule of the full name as written. */
    public static final String FULL = "name";

    private static final Set<String> WORD_PARTICLES = Set.of(
            "van", "von", "der", "den", "de", "da", "di", "du", "del", "della", "dos", "das", "le", "la", "ter", "ten",
            "bin", "ibn", "ben", "bint", "al", "el");
    private static final Set<String> HYPHEN_PARTICLES =
            Set.of("al", "el", "as", "ash", "ad", "an", "ar", "at", "az", "ul", "ud", "ed", "es", "er", "ibn", "bin");
    private static final Set<String> KUNYA = Set.of("abu", "abou", "umm", "um", "abd", "abdul", "bin", "ibn");
    private static final Set<String> SUFFIXES = Set.of("jr", "jr.", "sr", "sr.", "ii", "iii", "iv");
    /**
     * Korean family names, which come first ({@code Kim Jong Un}, {@code Moon Jae-in}): the family
     * name alone is the short form, and the last word is a given name, no surname. Two-letter ones
     * ({@code Oh}, {@code Im}) are left out, being English words.
     */
    private static final Set<String> KOREAN_FAMILY_NAMES = Set.of(
            "kim", "lee", "park", "choi", "choe", "jung", "jeong", "chung", "kang", "cho", "yoon", "yun", "jang", "lim",
            "han", "seo", "shin", "kwon", "hwang", "ahn", "song", "yoo", "hong", "moon", "roh", "noh");

    private static final int MAX_GIVEN = 4;

    private NameVariants() {}

    /** The forms of a person's name, the full name first; forms are unique. */
    public static List<Variant> ofPerson(String name) {
        String[] all = words(name);
        Map<String, Variant> variants = new LinkedHashMap<>();
        variants.put(name.strip(), new Variant(name.strip(), FULL));
        int length = all.length;
        while (length > 1 && SUFFIXES.contains(all[length - 1].toLowerCase(Locale.ROOT))) {
            length--;
        }
        String[] words = java.util.Arrays.copyOf(all, length);
        if (words.length == 1) {
            addDroppedParticle(variants, "", words[0]);
            return List.copyOf(variants.values());
        }
        if (isKorean(words)) {
            variants.put(words[0], new Variant(words[0], "family-name"));
            return List.copyOf(variants.values());
        }
        int surnameStart = words.length - 1;
        while (surnameStart > 1 && WORD_PARTICLES.contains(words[surnameStart - 1].toLowerCase(Locale.ROOT))) {
            surnameStart--;
        }
        String surname = String.join(" ", List.of(words).subList(surnameStart, words.length));
        List<String> given = List.of(words).subList(0, surnameStart);
        boolean kunyaOnly = given.size() == 1 && KUNYA.contains(given.get(0).toLowerCase(Locale.ROOT));
        List<String> givenForms = subsets(given.subList(0, Math.min(given.size(), MAX_GIVEN)));
        for (String givenForm : givenForms) {
            if (givenForm.isEmpty() && kunyaOnly) {
                continue;
            }
            String prefix = givenForm.isEmpty() ? "" : givenForm + " ";
            String rule = givenForm.isEmpty() ? "surname" : "dropped-given-names";
            variants.putIfAbsent(prefix + surname, new Variant(prefix + surname, rule));
            addDroppedParticle(variants, prefix, surname);
        }
        return List.copyOf(variants.values());
    }

    /**
     * Family name first, then a given name of two short syllables: {@code Kim Jong Un}, {@code Moon
     * Jae-in} ({@code Lee Harvey Oswald} is no Korean name).
     */
    private static boolean isKorean(String[] words) {
        if (words.length == 2 && isRomanisedGivenName(words[1])) {
            return true;
        }
        if (!KOREAN_FAMILY_NAMES.contains(words[0].toLowerCase(Locale.ROOT))) {
            return false;
        }
        if (words.length == 3) {
            return isSyllable(words[1]) && isSyllable(words[2]);
        }
        int hyphen = words.length == 2 ? words[1].indexOf('-') : -1;
        return hyphen > 0 && isSyllable(words[1].substring(0, hyphen)) && isSyllable(words[1].substring(hyphen + 1));
    }

    /**
     * A given name romanised as two syllables joined by a hyphen, the second in lower case ({@code
     * Dong-jin}, {@code Ki-moon}, {@code Kai-shek}): the mark of Korean and Wade-Giles Chinese names,
     * which put the family name first whatever it is ({@code Koh Dong-jin}, {@code Ban Ki-moon}).
     * Western double names capitalise both parts ({@code Rees-Mogg}).
     */
    private static boolean isRomanisedGivenName(String word) {
        int hyphen = word.indexOf('-');
        if (hyphen < 2 || hyphen > 5 || word.length() - hyphen - 1 < 2 || word.length() - hyphen - 1 > 5) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            boolean expected = i == 0 ? Character.isUpperCase(c) : i == hyphen ? c == '-' : Character.isLowerCase(c);
            if (!expected) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSyllable(String word) {
        return !word.isEmpty() && word.length() <= 5 && Character.isLetter(word.charAt(0));
    }

    private static String[] words(String name) {
        List<String> words = new ArrayList<>(4);
        int start = -1;
        for (int i = 0; i <= name.length(); i++) {
            boolean space = i == name.length() || Character.isWhitespace(name.charAt(i));
            if (space && start >= 0) {
                words.add(name.substring(start, i));
                start = -1;
            } else if (!space && start < 0) {
                start = i;
            }
        }
        return words.toArray(new String[0]);
    }

    private static void addDroppedParticle(Map<String, Variant> variants, String prefix, String surname) {
        int hyphen = surname.indexOf('-');
        if (hyphen > 0
                && hyphen < surname.length() - 1
                && HYPHEN_PARTICLES.contains(surname.substring(0, hyphen).toLowerCase(Locale.ROOT))
                && Character.isUpperCase(surname.charAt(hyphen + 1))) {
            String form = prefix + surname.substring(hyphen + 1);
            variants.putIfAbsent(form, new Variant(form, "dropped-particle"));
        }
    }

    /** Order-keeping subsets of the given names, the full list first and the empty one last. */
    private static List<String> subsets(List<String> given) {
        List<String> result = new ArrayList<>();
        int n = given.size();
        for (int mask = (1 << n) - 1; mask >= 0; mask--) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < n; i++) {
                if ((mask & (1 << i)) != 0) {
                    if (sb.length() > 0) {
                        sb.append(' ');
                    }
                    sb.append(given.get(i));
                }
            }
            result.add(sb.toString());
        }
        return result;
    }
}
