package org.corpusqa.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.corpusqa.registry.ActorKind;
import org.corpusqa.registry.ActorRegistry;
import org.corpusqa.registry.RegistryEntry;
import org.corpusqa.text.CharClass;
import org.corpusqa.text.TextFolding;
import org.corpusqa.text.WordTrie;

/**
 * All names the actor rules know, compiled into one {@link WordTrie} over folded text: the
 * registry's names, aliases and derived person-name variants ({@link NameVariants}), and every
 * state's names, capitals and demonyms ({@link Countries}). Matching is linear in the text and
 * insensitive to case and diacritics; a capital letter that the name has must be a capital in the
 * text too (so {@code Turkey} is not the bird, {@code US} not the pronoun), and a short acronym
 * must be upper case.
 *
 * <p>Compiled dictionaries are cached per JVM by registry content, since every worker's engine
 * would otherwise build the same trie.
 */
public final class ActorDictionary {
    /** Where a candidate name comes from; higher ranks win when two kinds share a form. */
    public enum Source {
        DEMONYM(1),
        DERIVED(2),
        CAPITAL(2),
        ALIAS(3),
        NAME(3),
        STATE_NAME(3);

        private final int rank;

        Source(int rank) {
            this.rank = rank;
        }

        public int rank() {
            return rank;
        }
    }

    /**
     * One actor a form may name.
     *
     * @param id registry id, or the ISO code of a state
     * @param kind actor kind (STATE for states, capitals and demonyms)
     * @param source where the form comes from
     * @param rule the matchRule to report ({@code name}, {@code alias}, {@code surname}...)
     * @param form the form as written in the registry or country data, for the case check
     * @param country ISO code of the actor's country (the state itself for states), or ""
     */
    public record Candidate(String id, ActorKind kind, Source source, String rule, String form, String country) {}

    /** A name found in a text: its span and the candidates of the highest rank that fit it. */
    public record NameMatch(int begin, int end, List<Candidate> candidates) {
        public NameMatch {
            candidates = List.copyOf(candidates);
        }

        /** Whether all candidates name the same actor. */
        public boolean unambiguous() {
            if (candidates.isEmpty()) {
                return false;
            }
            String id = candidates.get(0).id();
            for (Candidate c : candidates) {
                if (!c.id().equals(id)) {
                    return false;
                }
            }
            return true;
        }

        public Candidate first() {
            return candidates.get(0);
        }
    }

    private static final Map<String, ActorDictionary> CACHE = new ConcurrentHashMap<>();

    private final WordTrie<List<Candidate>> trie;
    private final Map<String, List<Candidate>> byForm;
    private final Countries countries;
    /** {@link #lowerStarts(Map)}, a bit per char. */
    private final long[] lowerStarts;

    private ActorDictionary(Map<String, List<Candidate>> byForm, Countries countries) {
        byForm.replaceAll((k, v) -> List.copyOf(v));
        this.trie = new WordTrie<>(byForm, Tokens::isWordChar);
        this.byForm = byForm;
        this.countries = countries;
        this.lowerStarts = lowerStarts(byForm);
    }

    /**
     * The folded first chars of the forms that may match where the text has no capital letter:
     * forms that do not start with a capital ({@link #caseFits}). Most words in a text are in
     * lower case, and most forms are names, so the trie is walked from few of them.
     */
    private static long[] lowerStarts(Map<String, List<Candidate>> byForm) {
        long[] bits = new long[(Character.MAX_VALUE + 1) / 64];
        byForm.forEach((key, candidates) -> {
            for (Candidate c : candidates) {
                char first = c.form().isEmpty() ? 0 : c.form().charAt(0);
                if (!key.isEmpty() && !(CharClass.isLetter(first) && CharClass.isUpperCase(first))) {
                    bits[key.charAt(0) >>> 6] |= 1L << key.charAt(0);
                }
            }
        });
        return bits;
    }

    /** Whether a form that fits the text may begin at {@code p}. */
    private boolean mayBegin(String text, char[] folded, int p) {
        return CharClass.isUpperCase(text.charAt(p)) || (lowerStarts[folded[p] >>> 6] & 1L << folded[p]) != 0;
    }

    /** The dictionary of a registry, compiled once per registry content and JVM. */
    public static ActorDictionary of(ActorRegistry registry) {
        if (CACHE.size() > 16) {
            CACHE.clear();
        }
        return CACHE.computeIfAbsent(registry.contentHash(), k -> compile(registry));
    }

    /** Compiles without the cache (for tests and measurements). */
    public static ActorDictionary compile(ActorRegistry registry) {
        Countries countries = Countries.withRegistry(registry);
        Map<String, List<Candidate>> byForm = new HashMap<>();
        for (Countries.Country c : countries.all()) {
            for (String name : c.names()) {
                add(byForm, name, new Candidate(c.code(), ActorKind.STATE, Source.STATE_NAME, "state", name, c.code()));
            }
            for (String capital : c.capitals()) {
                add(
                        byForm,
                        capital,
                        new Candidate(c.code(), ActorKind.STATE, Source.CAPITAL, "capital", capital, c.code()));
            }
            for (String demonym : c.demonyms()) {
                add(
                        byForm,
                        demonym,
                        new Candidate(c.code(), ActorKind.STATE, Source.DEMONYM, "demonym", demonym, c.code()));
            }
        }
        for (RegistryEntry entry : registry.entries()) {
            if (entry.kind() == ActorKind.STATE) {
                continue;
            }
            boolean person = entry.kind() == ActorKind.PERSON;
            String name = person ? withoutTitle(withoutArticle(entry.name())) : withoutArticle(entry.name());
            if (person) {
                for (NameVariants.Variant v : NameVariants.ofPerson(name)) {
                    Source source = v.rule().equals(NameVariants.FULL) ? Source.NAME : Source.DERIVED;
                    add(
                            byForm,
                            v.form(),
                            new Candidate(entry.id(), entry.kind(), source, v.rule(), v.form(), entry.country()));
                }
            } else {
                add(byForm, name, new Candidate(entry.id(), entry.kind(), Source.NAME, "name", name, entry.country()));
            }
            for (String alias : entry.aliases()) {
                String form = person ? withoutTitle(withoutArticle(alias)) : withoutArticle(alias);
                add(
                        byForm,
                        form,
                        new Candidate(entry.id(), entry.kind(), Source.ALIAS, "alias", form, entry.country()));
            }
        }
        return new ActorDictionary(byForm, countries);
    }

    private static String withoutArticle(String name) {
        String s = name.strip();
        return s.regionMatches(true, 0, "the ", 0, 4) && s.length() > 4 ? s.substring(4) : s;
    }

    /**
     * A person's name without the titles before it ({@code Francis} for the alias {@code Pope
     * Francis}, {@code Tamim} for {@code Sheikh Tamim}): a title is never part of a NAME span
     * (GUIDELINES), and the name still matches after the title in the text. A name that is only a
     * title ({@code Prince}) stays as it is.
     */
    static String withoutTitle(String name) {
        ActorLexicon lexicon = ActorLexicon.get();
        String rest = name;
        while (true) {
            int space = rest.indexOf(' ');
            if (space <= 0) {
                return rest;
            }
            String first = TextFolding.fold(rest.substring(0, space)).replace(".", "");
            String after = rest.substring(space + 1).strip();
            if (!lexicon.contains(ActorLexicon.Words.TITLE_WORDS, first)
                    || after.isEmpty()
                    || !CharClass.isUpperCase(after.charAt(0))) {
                return rest;
            }
            rest = after;
        }
    }

    private static void add(Map<String, List<Candidate>> byForm, String form, Candidate candidate) {
        List<Candidate> list = byForm.computeIfAbsent(TextFolding.fold(form), k -> new ArrayList<>(1));
        for (Candidate c : list) {
            if (c.id().equals(candidate.id())
                    && c.source() == candidate.source()
                    && c.form().equals(candidate.form())) {
                return;
            }
        }
        list.add(candidate);
    }

    /** The country data behind this dictionary (embedded data plus registry states). */
    public Countries countries() {
        return countries;
    }

    /** Number of distinct folded forms. */
    public int size() {
        return byForm.size();
    }

    /**
     * The candidates a phrase names as a whole (any case), or an empty list: lets other annotators
     * ask whether a token or phrase is a known actor, capital or demonym.
     */
    public List<Candidate> lookup(String phrase) {
        return byForm.getOrDefault(TextFolding.fold(phrase.strip()), List.of());
    }

    /**
     * The names in a text, leftmost-longest and non-overlapping, on word boundaries, with the
     * candidates whose capitalisation fits the text.
     *
     * @param text the original text
     * @param folded {@link TextFolding#fold(CharSequence)} of the text
     */
    public List<NameMatch> find(String text, String folded) {
        return find(text, folded.toCharArray());
    }

    /**
     * Like {@link #find(String, String)}, with the folded text as chars, as the tokenizer has it.
     *
     * @param text the original text
     * @param folded {@link TextFolding#foldChars(CharSequence)} of the text
     */
    public List<NameMatch> find(String text, char[] folded) {
        WordTrie.Matches<List<Candidate>> hits = trie.findAll(folded, p -> mayBegin(text, folded, p));
        List<NameMatch> chosen = new ArrayList<>();
        int covered = -1;
        int h = 0;
        while (h < hits.size()) {
            int begin = hits.begin(h);
            int next = h + 1;
            while (next < hits.size() && hits.begin(next) == begin) {
                next++;
            }
            // hits come by begin, then by end: the longest that fits is the last one that does
            for (int k = next - 1; k >= h && begin >= covered; k--) {
                List<Candidate> fitting = fitting(hits.value(k), text, begin);
                if (!fitting.isEmpty()) {
                    chosen.add(new NameMatch(begin, hits.end(k), fitting));
                    covered = hits.end(k);
                }
            }
            h = next;
        }
        return chosen;
    }

    /** The candidates of the highest rank whose capitals fit the text at {@code begin}. */
    private static List<Candidate> fitting(List<Candidate> candidates, String text, int begin) {
        List<Candidate> fitting = new ArrayList<>();
        int best = 0;
        for (Candidate c : candidates) {
            if (!caseFits(c.form(), text, begin)) {
                continue;
            }
            int rank = c.source().rank();
            if (rank > best) {
                fitting.clear();
                best = rank;
            }
            if (rank == best) {
                fitting.add(c);
            }
        }
        return fitting;
    }

    /**
     * Whether the text's capitals fit the form: each word that starts with a capital in the form
     * starts with one in the text, and an acronym of up to three letters is upper case in the
     * text. Longer acronyms may be written as names ({@code Nato}).
     */
    static boolean caseFits(String form, String text, int begin) {
        int n = form.length();
        int i = 0;
        while (i < n) {
            if (!CharClass.isLetter(form.charAt(i))) {
                i++;
                continue;
            }
            int j = i;
            boolean formUpper = true;
            while (j < n && CharClass.isLetter(form.charAt(j))) {
                formUpper &= CharClass.isUpperCase(form.charAt(j));
                j++;
            }
            int len = j - i;
            if (CharClass.isUpperCase(form.charAt(i)) && !CharClass.isUpperCase(text.charAt(begin + i))) {
                return false;
            }
            if (formUpper && len >= 2 && len <= 3) {
                for (int k = i; k < j; k++) {
                    if (!CharClass.isUpperCase(text.charAt(begin + k))) {
                        return false;
                    }
                }
            }
            i = j;
        }
        return true;
    }
}
