package org.corpusqa.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.corpusqa.text.TextFolding;

/**
 * Offices and the wordings that name them ({@code top diplomat} and {@code foreign secretary} are
 * the foreign minister), read once per JVM from {@code offices.tsv}. Registry roles are mapped to
 * the same canonical offices, so a registry that writes {@code minister of foreign affairs} still
 * resolves "the Turkish foreign minister".
 */
public final class Offices {
    /** Canonical office of the wording {@code counterpart}, resolved from the context. */
    public static final String COUNTERPART = "counterpart";

    /**
     * An office named by a wording.
     *
     * @param office canonical office
     * @param plural whether the wording was plural ({@code defence ministers})
     * @param wordCount words in the wording, hyphens counted as words
     */
    public record Wording(String office, boolean plural, int wordCount) {}

    /** Qualifiers that make a lower office of the one after them: a vice president is no president. */
    private static final Set<String> SUBORDINATE =
            Set.of("vice", "deputy", "assistant", "under", "associate", "lieutenant", "-", "co");

    /**
     * Offices that many hold in one country at once (a governor for each state, a mayor for each
     * town, a chairman or chief executive for each board, a minister for each portfolio): a
     * country says nothing about which holder a bare title means, only a holder just named does.
     */
    private static final Set<String> LOCAL =
            Set.of("governor", "mayor", "chairman", "chief executive", "minister", "commissioner");

    private static final Offices INSTANCE = load();

    private final Map<String, Wording> byWording;
    /** Every wording and every run of its first words: {@code foreign}, {@code foreign minister}. */
    private final Set<String> prefixes = new HashSet<>();

    private final int longest;

    private final Map<String, RegistryOffice> registryOffices = new ConcurrentHashMap<>();

    private Offices(Map<String, Wording> byWording) {
        this.byWording = byWording;
        int max = 1;
        for (Map.Entry<String, Wording> e : byWording.entrySet()) {
            max = Math.max(max, e.getValue().wordCount());
            String wording = e.getKey();
            for (int space = wording.indexOf(' '); space >= 0; space = wording.indexOf(' ', space + 1)) {
                prefixes.add(wording.substring(0, space));
            }
            prefixes.add(wording);
        }
        this.longest = max;
    }

    public static Offices get() {
        return INSTANCE;
    }

    /**
     * The office a wording names; the wording is folded words separated by single spaces, with a
     * hyphen as a word of its own ({@code vice - president}).
     */
    public Optional<Wording> lookup(String wording) {
        return Optional.ofNullable(byWording.get(wording));
    }

    /**
     * Whether some wording is these words or starts with them (same form as {@link #lookup}): when
     * not, no longer run of words from the same start can be a wording either.
     */
    public boolean startsWording(String words) {
        return prefixes.contains(words);
    }

    /** The words that start some wording: {@link #startsWording} of one word is true for these only. */
    Set<String> firstWords() {
        Set<String> words = new HashSet<>();
        for (String prefix : prefixes) {
            if (prefix.indexOf(' ') < 0) {
                words.add(prefix);
            }
        }
        return words;
    }

    /** Whether many hold the (canonical) office in one country at once: {@link #LOCAL}. */
    public boolean isLocal(String office) {
        return LOCAL.contains(office);
    }

    /** The most words a wording has. */
    public int longest() {
        return longest;
    }

    /** The canonical office for a registry office; unknown offices are kept as they are. */
    public String canonical(String office) {
        Wording w = byWording.get(normalise(office));
        return w == null || w.plural() ? TextFolding.fold(office).strip() : w.office();
    }

    /**
     * Whether a canonical office named by a title is a form of a (canonical) registry office: the
     * same office, the office before {@code of} ({@code mayor} of {@code mayor of paris}), or the
     * office with qualifiers before it ({@code interior minister} of {@code junior interior
     * minister}, {@code president} of {@code jaxa president}). Qualifiers that make another office
     * ({@code vice president}, {@code deputy prime minister}) do not count.
     */
    public boolean isFormOf(String titleOffice, String registryOffice) {
        if (titleOffice.equals(registryOffice)) {
            return true;
        }
        RegistryOffice held = registryOffice(registryOffice);
        return isPortfolioForm(titleOffice, held) || held.headForms().contains(titleOffice);
    }

    /**
     * What {@link #isFormOf} needs to know about a registry office, worked out on first use: the
     * same few offices are checked against the title before every name in every document.
     */
    private RegistryOffice registryOffice(String office) {
        RegistryOffice held = registryOffices.get(office);
        if (held == null) {
            held = registryOffices.computeIfAbsent(office, this::readRegistryOffice);
        }
        return held;
    }

    private RegistryOffice readRegistryOffice(String office) {
        String normalised = normalise(office);
        String head = normalised;
        int of = head.indexOf(" of ");
        if (of > 0) {
            head = head.substring(0, of);
        }
        String[] words = head.split(" ");
        List<String> forms = new ArrayList<>(words.length);
        for (int k = 0; k < words.length; k++) {
            if (k > 0 && SUBORDINATE.contains(words[k - 1])) {
                break;
            }
            forms.add(canonical(String.join(" ", Arrays.copyOfRange(words, k, words.length))));
        }
        return new RegistryOffice(normalised, List.copyOf(forms));
    }

    /**
     * A registry office as {@link #isFormOf} reads it.
     *
     * @param normalised the office's words ({@link #normalise})
     * @param headForms the canonical offices of its head (the words before {@code of}) and of each
     *     shorter ending of the head, up to a qualifier that makes another office
     */
    private record RegistryOffice(String normalised, List<String> headForms) {}

    /**
     * A minister by portfolio ({@code interior minister}) fits any registry office of a member of
     * government with that portfolio, whatever the country calls it: {@code interior cabinet
     * secretary} (Kenya), {@code minister of state for foreign affairs}, {@code secretary of the
     * interior}. Subordinate offices ({@code deputy foreign minister}) do not fit.
     */
    private static boolean isPortfolioForm(String titleOffice, RegistryOffice held) {
        if (!titleOffice.endsWith(" minister")) {
            return false;
        }
        Set<String> words = Set.copyOf(Arrays.asList(held.normalised().split(" "))); // words may repeat
        if (!words.contains("minister") && !words.contains("secretary")) {
            return false;
        }
        for (String w : words) {
            if (SUBORDINATE.contains(w)) {
                return false;
            }
        }
        for (String portfolio : titleOffice
                .substring(0, titleOffice.length() - " minister".length())
                .split(" ")) {
            if (!words.contains(portfolio)) {
                return false;
            }
        }
        return true;
    }

    /** Folded words separated by single spaces, hyphens as words. */
    static String normalise(String wording) {
        return collapseSpaces(TextFolding.fold(wording).replace("-", " - ").strip());
    }

    /**
     * Each run of whitespace as the regex {@code \\s} means it (space, tab, line breaks, form
     * feed) as one space, as {@code replaceAll("\\s+", " ")} does, but without compiling a
     * pattern on every call: role suggestions normalise several phrases per unknown name.
     */
    static String collapseSpaces(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean previousSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
            if (!space) {
                out.append(c);
            } else if (!previousSpace) {
                out.append(' ');
            }
            previousSpace = space;
        }
        return out.toString();
    }

    static String plural(String word) {
        if (word.endsWith("man")) {
            return word.substring(0, word.length() - 3) + "men";
        }
        if (word.endsWith("y") && word.length() > 1 && "aeiou".indexOf(word.charAt(word.length() - 2)) < 0) {
            return word.substring(0, word.length() - 1) + "ies";
        }
        if (word.endsWith("s") || word.endsWith("ch") || word.endsWith("sh")) {
            return word + "es";
        }
        return word + "s";
    }

    private static Offices load() {
        Map<String, Wording> map = new HashMap<>();
        try (InputStream in = Offices.class.getResourceAsStream("offices.tsv")) {
            if (in == null) {
                throw new IllegalStateException("offices.tsv is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                String office = cols[0].strip();
                for (String raw : cols[1].split("\\|")) {
                    String wording = normalise(raw);
                    int words = wording.split(" ").length;
                    map.putIfAbsent(wording, new Wording(office, false, words));
                    String plural = pluralOfPhrase(wording);
                    map.putIfAbsent(plural, new Wording(office, true, words));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Offices(map);
    }

    /** Plural of the head: {@code minister of defence} -> {@code ministers of defence}. */
    private static String pluralOfPhrase(String wording) {
        String[] words = wording.split(" ");
        int head = words.length - 1;
        for (int i = 0; i < words.length; i++) {
            if (words[i].equals("of")) {
                head = i - 1;
                break;
            }
        }
        words[head] = plural(words[head]);
        return String.join(" ", words);
    }
}
