package org.corpusqa.rules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.corpusqa.check.Finding;
import org.corpusqa.registry.ActorKind;
import org.corpusqa.text.TextFolding;

/**
 * A first draft of the actor registry from the {@code unresolved-actor} findings of a check, for
 * the {@code corpusqa:draft-registry} goal: one entry per actor, written in the format of
 * {@code actors.yml}, so a reviewer edits instead of typing from scratch.
 *
 * <p>Variants of one name become one entry. Names are compared folded (case, diacritics) with
 * possessives and a leading "the" dropped; a shorter name merges into the longest name whose
 * tokens contain all of its tokens and end with the same token ({@code Erdogan} and
 * {@code Tayyip Erdogan} into {@code Recep Tayyip Erdoğan}), and an all-caps acronym merges into
 * the name whose initials it spells ({@code HTS} into {@code Hayat Tahrir al-Sham}) as an alias.
 * A short name that fits two entries stays apart, since guessing would merge two people. The
 * registry derives surnames and dropped first names itself, so only acronyms become aliases; the
 * other variants are listed in the entry's comment.
 *
 * <p>Kinds are guessed: {@code ORGANIZATION} for all-caps acronyms, names an acronym spells and
 * names with an organisation word ({@code Ministry}, {@code Party}, {@code Agency}, {@code Front}…),
 * {@code PERSON} for two or three capitalised tokens; anything else is marked {@code kind guessed}
 * in the comment. Ids are slugs: the surname for persons, the acronym or full name for
 * organisations. Each entry is preceded by a comment with its mention count, first
 * {@code file:[line,col]} and, when known, that document's title; the most mentioned actor comes
 * first.
 */
public final class RegistryDraft {
    /** Marks, in an unresolved-actor hint, the role read from a title before the name. */
    public static final String ROLE_SEEN = "role seen in the text: ";

    private static final Set<String> PARTICLES =
            Set.of("al", "el", "bin", "ibn", "bint", "abu", "de", "del", "da", "di", "van", "von", "der", "la", "le");
    private static final Set<String> ORGANIZATION_WORDS = Set.of(
            "agency",
            "army",
            "assembly",
            "association",
            "bank",
            "brigade",
            "brigades",
            "bureau",
            "command",
            "commission",
            "committee",
            "company",
            "corp",
            "corporation",
            "council",
            "court",
            "department",
            "forces",
            "foundation",
            "front",
            "government",
            "group",
            "inc",
            "institute",
            "league",
            "ltd",
            "ministry",
            "movement",
            "news",
            "observatory",
            "office",
            "organisation",
            "organization",
            "parliament",
            "party",
            "police",
            "service",
            "society",
            "times",
            "union",
            "university");
    private static final Set<String> CONNECTORS = Set.of("of", "for", "and", "the");

    private final List<Entry> entries;
    private final int findings;
    private final int documents;

    private RegistryDraft(List<Entry> entries, int findings, int documents) {
        this.entries = List.copyOf(entries);
        this.findings = findings;
        this.documents = documents;
    }

    /**
     * One draft actor.
     *
     * @param id slug id, unique in the draft
     * @param name the longest name, in its most frequent spelling (diacritics preferred)
     * @param kind guessed kind
     * @param kindGuessed whether the kind is a fallback rather than a recognised pattern
     * @param aliases acronyms merged into the entry
     * @param variants every spelling seen with its mention count, most frequent first
     * @param mentions how many findings the entry covers
     * @param first the earliest finding (by document, line, column)
     * @param context title of the first finding's document, or empty
     */
    public record Entry(
            String id,
            String name,
            ActorKind kind,
            boolean kindGuessed,
            List<String> aliases,
            Map<String, Integer> variants,
            int mentions,
            Finding first,
            String context) {}

    /** A draft from the {@code unresolved-actor} findings among {@code findings}. */
    public static RegistryDraft of(List<Finding> findings) {
        return of(findings, Map.of());
    }

    /**
     * A draft from the {@code unresolved-actor} findings among {@code findings}, with the title of
     * each document (by relative path) as context in the comments.
     */
    public static RegistryDraft of(List<Finding> findings, Map<String, String> titles) {
        Map<String, Variant> variants = new LinkedHashMap<>();
        Set<String> documents = new HashSet<>();
        int count = 0;
        for (Finding finding : findings) {
            if (!RuleCatalog.UNRESOLVED_ACTOR.id().equals(finding.ruleId())) {
                continue;
            }
            String written = cleanName(finding.text());
            if (written.isEmpty()) {
                continue;
            }
            count++;
            documents.add(finding.document());
            variants.computeIfAbsent(key(written), Variant::new).add(written, finding);
        }
        List<Cluster> clusters = cluster(new ArrayList<>(variants.values()));
        List<Entry> entries = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Cluster cluster : clusters) {
            entries.add(cluster.toEntry(ids, titles));
        }
        entries.sort(Comparator.comparingInt(Entry::mentions)
                .reversed()
                .thenComparing(e -> e.first().document())
                .thenComparingInt(e -> e.first().line())
                .thenComparingInt(e -> e.first().column()));
        return new RegistryDraft(entries, count, documents.size());
    }

    public List<Entry> entries() {
        return entries;
    }

    /** The draft as registry YAML that {@link org.corpusqa.registry.RegistryLoader} reads. */
    public String toYaml() {
        StringBuilder out = new StringBuilder();
        out.append("# Draft actor registry: ")
                .append(entries.size())
                .append(" actors from ")
                .append(findings)
                .append(" unresolved-actor findings in ")
                .append(documents)
                .append(" documents, most mentioned first.\n")
                .append("# Generated by corpusqa:draft-registry. Ids, kinds and merged variants are guesses: review\n")
                .append("# each entry, add gender, country and roles, then move it into the actor registry.\n");
        if (entries.isEmpty()) {
            return out.append("actors: []\n").toString();
        }
        out.append("actors:\n");
        for (Entry entry : entries) {
            out.append("  # ").append(comment(entry)).append('\n');
            roleSeen(entry).ifPresent(role -> out.append("  # ")
                    .append(oneLine("role seen in the text, check and move under roles: " + role))
                    .append('\n'));
            out.append("  - id: ").append(entry.id()).append('\n');
            out.append("    name: ").append(quote(entry.name())).append('\n');
            out.append("    kind: ").append(entry.kind()).append('\n');
            if (!entry.aliases().isEmpty()) {
                out.append("    aliases: [");
                for (int i = 0; i < entry.aliases().size(); i++) {
                    out.append(i > 0 ? ", " : "").append(quote(entry.aliases().get(i)));
                }
                out.append("]\n");
            }
        }
        return out.toString();
    }

    /** Writes {@link #toYaml()} as UTF-8, replacing the file. */
    public void write(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, toYaml(), StandardCharsets.UTF_8);
    }

    /**
     * The role the unresolved-reference finder read from a title before the name, carried in the
     * first finding's hint after {@code role seen in the text: }.
     */
    private static java.util.Optional<String> roleSeen(Entry entry) {
        String hint = entry.first().hint();
        int at = hint == null ? -1 : hint.indexOf(ROLE_SEEN);
        return at < 0 ? java.util.Optional.empty() : java.util.Optional.of(hint.substring(at + ROLE_SEEN.length()));
    }

    private static String comment(Entry entry) {
        Finding first = entry.first();
        StringBuilder comment = new StringBuilder()
                .append(entry.mentions())
                .append(entry.mentions() == 1 ? " mention" : " mentions")
                .append(", first ")
                .append(first.document())
                .append(":[")
                .append(first.line())
                .append(',')
                .append(first.column())
                .append(']');
        if (!entry.context().isEmpty()) {
            comment.append(" in \"").append(entry.context()).append('"');
        }
        if (entry.variants().size() > 1) {
            comment.append("; variants: ");
            String separator = "";
            for (Map.Entry<String, Integer> variant : entry.variants().entrySet()) {
                comment.append(separator)
                        .append(variant.getKey())
                        .append(" (")
                        .append(variant.getValue())
                        .append(')');
                separator = ", ";
            }
        }
        if (entry.kindGuessed()) {
            comment.append("; kind guessed");
        }
        return oneLine(comment.toString());
    }

    /** Drops possessives, a leading article and extra spaces: {@code the Kremlin's} is {@code Kremlin}. */
    static String cleanName(String text) {
        String name = text.strip().replaceAll("\\s+", " ");
        if (name.endsWith("'s") || name.endsWith("’s") || name.endsWith("´s")) {
            name = name.substring(0, name.length() - 2);
        } else if (name.endsWith("s'") || name.endsWith("s’")) {
            name = name.substring(0, name.length() - 1);
        }
        if (name.regionMatches(true, 0, "the ", 0, 4)) {
            name = name.substring(4);
        }
        return name.strip();
    }

    private static String key(String name) {
        return TextFolding.fold(name);
    }

    /** Folded tokens without particles: {@code Bashar al-Assad} is [bashar, assad]. */
    private static List<String> tokens(String key) {
        List<String> tokens = new ArrayList<>();
        for (String token : key.split("[\\s\\-‐]+")) {
            String word = token.replaceAll("[^\\p{L}\\p{N}]", "");
            if (!word.isEmpty() && !PARTICLES.contains(word)) {
                tokens.add(word);
            }
        }
        return tokens;
    }

    private static boolean isAcronym(String written) {
        if (written.length() < 2 || written.length() > 6) {
            return false;
        }
        for (int i = 0; i < written.length(); i++) {
            if (!Character.isUpperCase(written.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** First letters of the tokens that are not particles or connectors: {@code hts}. */
    private static String initials(String key) {
        StringBuilder initials = new StringBuilder();
        for (String token : tokens(key)) {
            if (!CONNECTORS.contains(token)) {
                initials.append(token.charAt(0));
            }
        }
        return initials.toString();
    }

    private static List<Cluster> cluster(List<Variant> variants) {
        variants.sort(Comparator.comparingInt((Variant v) -> v.tokens.size())
                .reversed()
                .thenComparing(
                        Comparator.comparingInt((Variant v) -> v.mentions).reversed())
                .thenComparing(v -> v.key));
        List<Cluster> clusters = new ArrayList<>();
        for (Variant variant : variants) {
            List<Cluster> fits = new ArrayList<>();
            boolean acronym = isAcronym(variant.preferredSpelling());
            for (Cluster cluster : clusters) {
                if (acronym ? cluster.spelledBy(variant) : cluster.contains(variant)) {
                    fits.add(cluster);
                }
            }
            if (fits.size() == 1) {
                fits.get(0).add(variant, acronym);
            } else {
                clusters.add(new Cluster(variant));
            }
        }
        return clusters;
    }

    private static String slug(String name) {
        return TextFolding.fold(name).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }

    private static String quote(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> out.append(Character.isISOControl(c) ? ' ' : c);
            }
        }
        return out.append('"').toString();
    }

    private static String oneLine(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            out.append(Character.isISOControl(c) || c == '\u2028' || c == '\u2029' ? ' ' : c);
        }
        return out.toString();
    }

    /** All mentions whose names fold to the same key. */
    private static final class Variant {
        final String key;
        final List<String> tokens;
        final Map<String, Integer> spellings = new LinkedHashMap<>();
        int mentions;
        Finding first;

        Variant(String key) {
            this.key = key;
            this.tokens = tokens(key);
        }

        void add(String written, Finding finding) {
            spellings.merge(written, 1, Integer::sum);
            mentions++;
            if (first == null || before(finding, first)) {
                first = finding;
            }
        }

        /** Most frequent spelling, preferring ones with diacritics, which folding can always undo. */
        String preferredSpelling() {
            return spellings.entrySet().stream()
                    .max(Comparator.comparing((Map.Entry<String, Integer> e) -> hasNonAscii(e.getKey()))
                            .thenComparingInt(Map.Entry::getValue))
                    .orElseThrow()
                    .getKey();
        }
    }

    /** A draft actor under construction: its longest name and the variants merged into it. */
    private static final class Cluster {
        final Variant head;
        final List<Variant> members = new ArrayList<>();
        final List<String> aliases = new ArrayList<>();

        Cluster(Variant head) {
            this.head = head;
            members.add(head);
        }

        /** A shorter name whose tokens all occur in the head and that ends like it (surname). */
        boolean contains(Variant variant) {
            List<String> mine = head.tokens;
            List<String> theirs = variant.tokens;
            return !theirs.isEmpty()
                    && theirs.size() < mine.size()
                    && mine.containsAll(theirs)
                    && mine.get(mine.size() - 1).equals(theirs.get(theirs.size() - 1));
        }

        boolean spelledBy(Variant acronym) {
            return head.tokens.size() >= 2 && initials(head.key).equals(acronym.key);
        }

        void add(Variant variant, boolean acronym) {
            members.add(variant);
            if (acronym) {
                aliases.add(variant.preferredSpelling());
            }
        }

        Entry toEntry(Set<String> ids, Map<String, String> titles) {
            String name = head.preferredSpelling();
            Finding first = head.first;
            int mentions = 0;
            Map<String, Integer> spellings = new LinkedHashMap<>();
            for (Variant member : members) {
                mentions += member.mentions;
                if (before(member.first, first)) {
                    first = member.first;
                }
                member.spellings.forEach((spelling, n) -> spellings.merge(spelling, n, Integer::sum));
            }
            Map<String, Integer> variants = new LinkedHashMap<>();
            spellings.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                    .forEach(e -> variants.put(e.getKey(), e.getValue()));
            Kind kind = aliases.isEmpty() ? guessKind(name, head.tokens) : new Kind(ActorKind.ORGANIZATION, false);
            String id = uniqueId(kind.kind, name, head.tokens, ids);
            return new Entry(
                    id,
                    name,
                    kind.kind,
                    kind.guessed,
                    aliases,
                    variants,
                    mentions,
                    first,
                    titles.getOrDefault(first.document(), "").strip());
        }

        private String uniqueId(ActorKind kind, String name, List<String> tokens, Set<String> ids) {
            List<String> candidates = new ArrayList<>();
            if (kind == ActorKind.PERSON && !tokens.isEmpty()) {
                candidates.add(slug(tokens.get(tokens.size() - 1)));
            }
            if (kind == ActorKind.ORGANIZATION && !aliases.isEmpty()) {
                candidates.add(slug(aliases.get(0)));
            }
            candidates.add(slug(name));
            for (String candidate : candidates) {
                if (!candidate.isEmpty() && ids.add(candidate)) {
                    return candidate;
                }
            }
            String base =
                    candidates.get(candidates.size() - 1).isEmpty() ? "actor" : candidates.get(candidates.size() - 1);
            for (int n = 2; ; n++) {
                if (ids.add(base + "-" + n)) {
                    return base + "-" + n;
                }
            }
        }
    }

    private record Kind(ActorKind kind, boolean guessed) {}

    private static Kind guessKind(String name, List<String> tokens) {
        if (isAcronym(name.replace(".", ""))) {
            return new Kind(ActorKind.ORGANIZATION, false);
        }
        for (String token : TextFolding.fold(name).split("[\\s\\-]+")) {
            if (ORGANIZATION_WORDS.contains(token.replaceAll("[^a-z]", ""))) {
                return new Kind(ActorKind.ORGANIZATION, false);
            }
        }
        String[] words = name.split("\\s+");
        if (words.length >= 2 && words.length <= 3 && allCapitalised(words)) {
            return new Kind(ActorKind.PERSON, false);
        }
        return new Kind(tokens.size() <= 1 ? ActorKind.PERSON : ActorKind.ORGANIZATION, true);
    }

    /** Each word starts upper-case, judged after a particle prefix ({@code al-Assad}); particles pass. */
    private static boolean allCapitalised(String[] words) {
        for (String word : words) {
            if (PARTICLES.contains(TextFolding.fold(word))) {
                continue;
            }
            String main = word.substring(word.lastIndexOf('-') + 1);
            if (main.isEmpty() || !Character.isUpperCase(main.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    private static boolean before(Finding a, Finding b) {
        int byDocument = a.document().compareTo(b.document());
        if (byDocument != 0) {
            return byDocument < 0;
        }
        return a.line() != b.line() ? a.line() < b.line() : a.column() < b.column();
    }

    private static boolean hasNonAscii(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) > 0x7F) {
                return true;
            }
        }
        return false;
    }
}
