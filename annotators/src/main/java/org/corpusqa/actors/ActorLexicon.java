package org.corpusqa.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.corpusqa.text.TextFolding;

/**
 * The word lists behind the actor rules, read once per JVM from {@code lexicon.txt} beside this
 * class. Keeping them in a resource rather than in code lets other annotators share them (the
 * quote annotator asks {@link #isSpeechVerb}) and keeps the rules readable.
 *
 * <p>All lookups take folded words (lower case, no diacritics: {@link TextFolding}); verbs are
 * listed by base form and their {@code -s}, {@code -ed} and {@code -ing} forms are derived.
 */
public final class ActorLexicon {
    /** The lists in {@code lexicon.txt}. */
    public enum Words {
        SPEECH_VERBS(true),
        AGENT_VERBS(true),
        OBJECT_VERBS(true),
        AUXILIARIES(false),
        PLACE_PREPOSITIONS(false),
        MOTION_WORDS(true),
        REPRESENTATIVE_NOUNS(false),
        PLACE_NOUNS(false),
        ACTOR_NOUNS(false),
        ATTRIBUTIVE_PLACE_NOUNS(false),
        COMPOUND_AGENT(false),
        DIRECTION_ADJECTIVES(false),
        GROUP_NOUNS_STATE(false),
        GROUP_NOUNS_PERSON(false),
        TITLE_WORDS(false),
        ORG_SUFFIXES(false),
        MONTHS_DAYS(false),
        NOT_NAMES(false),
        TARGET_NOUNS(false);

        private final boolean verbs;

        Words(boolean verbs) {
            this.verbs = verbs;
        }

        String section() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private static final ActorLexicon INSTANCE = load();

    private final Map<Words, Set<String>> lists;
    private final Map<Words, Set<String>> baseForms;
    /** Per word, the lists it is on as bits ({@code 1 << ordinal}): one lookup answers them all. */
    private final Map<String, Integer> membership = new HashMap<>();

    private ActorLexicon(Map<Words, Set<String>> lists, Map<Words, Set<String>> baseForms) {
        this.lists = lists;
        this.baseForms = baseForms;
        lists.forEach((list, words) -> {
            for (String word : words) {
                membership.merge(word, bit(list), (a, b) -> a | b);
            }
        });
    }

    /**
     * The lists a folded word is on, as a bit set to test with {@link #bit}: for callers that ask
     * about the same word for several lists.
     */
    int membership(String folded) {
        return membership.getOrDefault(folded, 0);
    }

    /** Every folded word on some list. */
    Set<String> listedWords() {
        return Collections.unmodifiableSet(membership.keySet());
    }

    /** The bit of a list in {@link #membership}. */
    static int bit(Words list) {
        return 1 << list.ordinal();
    }

    /** The embedded lexicon. */
    public static ActorLexicon get() {
        return INSTANCE;
    }

    /**
     * Whether a word is a verb of speech in any form ({@code said}, {@code tells}, {@code stressing});
     * case and diacritics are ignored. The quote annotator uses it to find speakers.
     */
    public static boolean isSpeechVerb(String word) {
        return INSTANCE.contains(Words.SPEECH_VERBS, TextFolding.fold(word));
    }

    /** All forms of the speech verbs, folded. */
    public static Set<String> speechVerbs() {
        return INSTANCE.lists.get(Words.SPEECH_VERBS);
    }

    /** Whether the folded word is on the list. */
    public boolean contains(Words list, String folded) {
        return lists.get(list).contains(folded);
    }

    /**
     * Whether the folded word is the base form of a verb on a verb list ({@code state}, {@code
     * report}): after a singular name such a form is mostly a noun ({@code Nuevo Leon state}).
     */
    public boolean isBaseForm(Words list, String folded) {
        return baseForms.get(list).contains(folded);
    }

    /** The folded words of a list. */
    public Set<String> words(Words list) {
        return lists.get(list);
    }

    private static ActorLexicon load() {
        Map<Words, Set<String>> lists = new EnumMap<>(Words.class);
        Map<Words, Set<String>> bases = new EnumMap<>(Words.class);
        for (Words w : Words.values()) {
            lists.put(w, new HashSet<>());
            bases.put(w, new HashSet<>());
        }
        Map<String, Words> sections = new HashMap<>();
        for (Words w : Words.values()) {
            sections.put(w.section(), w);
        }
        try (InputStream in = ActorLexicon.class.getResourceAsStream("lexicon.txt")) {
            if (in == null) {
                throw new IllegalStateException("lexicon.txt is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Words current = null;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String entry = line.strip();
                if (entry.isEmpty() || entry.startsWith("#")) {
                    continue;
                }
                if (entry.startsWith("[")) {
                    current = sections.get(entry.substring(1, entry.length() - 1));
                    if (current == null) {
                        throw new IllegalStateException("unknown section in lexicon.txt: " + entry);
                    }
                    continue;
                }
                Set<String> target = lists.get(current);
                String[] forms = TextFolding.fold(entry).split(" ");
                if (current.verbs) {
                    addVerb(target, forms);
                    bases.get(current).add(forms[0]);
                } else {
                    target.add(String.join(" ", forms));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        lists.replaceAll((k, v) -> Set.copyOf(v));
        bases.replaceAll((k, v) -> Set.copyOf(v));
        return new ActorLexicon(lists, bases);
    }

    private static void addVerb(Set<String> target, String[] forms) {
        String base = forms[0];
        target.add(base);
        target.add(thirdPerson(base));
        target.add(ing(base));
        if (forms.length == 1) {
            target.add(past(base));
        }
        for (int i = 1; i < forms.length; i++) {
            target.add(forms[i]);
        }
    }

    private static String thirdPerson(String base) {
        if (base.endsWith("s")
                || base.endsWith("x")
                || base.endsWith("z")
                || base.endsWith("ch")
                || base.endsWith("sh")
                || base.endsWith("o")) {
            return base + "es";
        }
        if (consonantY(base)) {
            return base.substring(0, base.length() - 1) + "ies";
        }
        return base + "s";
    }

    private static String past(String base) {
        if (base.endsWith("e")) {
            return base + "d";
        }
        if (consonantY(base)) {
            return base.substring(0, base.length() - 1) + "ied";
        }
        return base + "ed";
    }

    private static String ing(String base) {
        if (base.endsWith("e") && !base.endsWith("ee") && base.length() > 2) {
            return base.substring(0, base.length() - 1) + "ing";
        }
        return base + "ing";
    }

    private static boolean consonantY(String base) {
        return base.length() > 1 && base.endsWith("y") && "aeiou".indexOf(base.charAt(base.length() - 2)) < 0;
    }
}
