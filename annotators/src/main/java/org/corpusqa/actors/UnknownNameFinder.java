package org.corpusqa.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.corpusqa.actors.ActorLexicon.Words;
import org.corpusqa.registry.ActorKind;

/**
 * Finds the names of persons and organisations that the registry lacks, so that they become
 * unresolved Actor mentions the gate can report. A capitalised sequence counts as a name only
 * in a name position: after a title or role noun ({@code Vice-President Fuat Oktay}), as the
 * subject of a speech verb ({@code X said}, {@code "…," said X}), before an apposition ({@code X,
 * the Turkish president,}), when it ends in an organisation word ({@code … Agency}) or opens with
 * one ({@code Banco …}), after a role noun and {@code at} ({@code an economist at X}), or set off by
 * commas after a role ({@code its foreign minister, X,}). Each name
 * found this way then matches everywhere in the document with the same derived variants as
 * registry names ({@code Oktay} after {@code Fuat Oktay}).
 *
 * <p>Capitals alone would flood the report: sentence starts, headlines, months, demonyms and
 * places are not names, and a capitalised word that the document also writes in lower case is
 * a common word.
 */
final class UnknownNameFinder {
    private static final Set<String> PARTICLES =
            Set.of("al", "el", "bin", "ibn", "van", "von", "de", "der", "da", "di", "du", "la", "le");
    private static final Set<String> ORG_JOINERS = Set.of("of", "for", "the", "and", "&");
    private static final Set<String> ROLE_NOUNS = Set.of(
            "counterpart",
            "spokesman",
            "spokeswoman",
            "spokesperson",
            "envoy",
            "commander",
            "leader",
            "adviser",
            "advisor",
            "aide",
            "minister",
            "president",
            "secretary",
            "ambassador",
            "chief",
            "captain",
            "coach",
            "manager",
            "striker",
            "midfielder",
            "defender",
            "goalkeeper",
            "winger",
            "skipper",
            "batsman",
            "bowler",
            "quarterback",
            "pitcher");
    private static final Set<String> INVERTED = Set.of(
            "said",
            "says",
            "added",
            "asked",
            "continued",
            "wrote",
            "explained",
            "insisted",
            "stressed",
            "noted",
            "warned",
            "tweeted",
            "replied",
            "concluded");
    /**
     * Title words that only qualify another title ({@code Prime Minister}, {@code State
     * Department}, {@code Chief Executive}): alone before a capitalised word they are no honorific,
     * and what follows is no name ({@code State House}, {@code Executive Order}).
     */
    private static final Set<String> TITLE_MODIFIERS = Set.of(
            "state",
            "foreign",
            "defence",
            "defense",
            "interior",
            "finance",
            "prime",
            "top",
            "head",
            "crown",
            "field",
            "vice",
            "deputy",
            "executive");
    /**
     * Titles that open a sentence before a person's name and seldom an organisation's ({@code
     * Mayor Quinton Lucas}, but {@code General Motors}, {@code Major League Baseball}).
     */
    private static final Set<String> SENTENCE_TITLES = Set.of(
            "mr",
            "mrs",
            "ms",
            "dr",
            "president",
            "minister",
            "chancellor",
            "mayor",
            "governor",
            "senator",
            "sen",
            "rep",
            "congressman",
            "congresswoman",
            "judge",
            "ambassador",
            "king",
            "queen",
            "prince",
            "princess",
            "sheikh",
            "pope",
            "cardinal",
            "archbishop",
            "bishop",
            "ayatollah",
            "imam",
            "rabbi",
            "sir",
            "dame",
            "professor",
            "prof",
            "colonel",
            "captain",
            "admiral",
            "sergeant",
            "lieutenant",
            "commissioner",
            "prosecutor",
            "coach",
            "chairman",
            "chairwoman",
            "inspector",
            "detective",
            "emir",
            "sultan");
    /** Prepositions that make the name after them a place, also as the last word before a verb. */
    private static final Set<String> PLACE_BEFORE =
            Set.of("in", "at", "near", "from", "inside", "outside", "across", "throughout", "around");

    /**
     * Role nouns after which {@code at X} names the employer, an organisation: {@code an economist
     * at Capital Economics}, {@code a professor at Makerere}.
     */
    private static final Set<String> EMPLOYEE_NOUNS = Set.of(
            "economist",
            "economists",
            "analyst",
            "analysts",
            "strategist",
            "professor",
            "researcher",
            "researchers",
            "lecturer",
            "fellow",
            "scientist",
            "scientists",
            "director",
            "official",
            "officials",
            "executive",
            "executives",
            "manager",
            "partner",
            "engineer",
            "trader",
            "traders",
            "consultant",
            "lawyer",
            "spokesman",
            "spokeswoman",
            "spokesperson");
    /**
     * First words of organisation names in other languages, where the type word comes first:
     * {@code Banco Base}, {@code Grupo Televisa}, {@code Instituto Butantan}.
     */
    private static final Set<String> ORG_PREFIXES = Set.of(
            "banco",
            "banque",
            "banca",
            "grupo",
            "groupe",
            "gruppo",
            "instituto",
            "institut",
            "istituto",
            "fundacion",
            "fondation",
            "fondazione",
            "universidad",
            "universidade",
            "universite",
            "universita",
            "compania",
            "compagnie",
            "ministerio",
            "ministere",
            "partido",
            "parti",
            "partito");

    private static final int MAX_WORDS = 5;

    /** Kinds of organisation that an apposition gives a name: {@code Rystad Energy, a consultancy,}. */
    private static final Set<String> ORG_NOUNS = Set.of(
            "consultancy",
            "firm",
            "company",
            "lender",
            "insurer",
            "airline",
            "carrier",
            "broker",
            "brokerage",
            "newspaper",
            "broadcaster",
            "charity",
            "watchdog",
            "regulator",
            "manufacturer",
            "carmaker",
            "automaker",
            "retailer",
            "startup",
            "conglomerate",
            "bank",
            "agency",
            "think-tank");
    /** Words that may follow the head noun of an organisation's apposition. */
    private static final Set<String> ORG_NOUN_FOLLOWERS =
            Set.of("that", "which", "in", "of", "with", "for", "and", "based", "founded", "owned", "run", "said");

    /** Variant rule of an acronym introduced after an organisation's name. */
    static final String ACRONYM = "acronym";

    /** A name found in a name position. */
    private record Found(String text, ActorKind kind, String how) {}

    private final TextContext ctx;
    private final Tokens t;
    private final boolean[] covered;
    /** The words the text has in lower case somewhere; gathered when first asked. */
    private Set<String> lowerWords;

    private final Map<String, Found> variants = new HashMap<>();
    private final Map<String, String> variantRules = new HashMap<>();

    /**
     * @param covered per token, whether a known name, title or other mention already covers it
     */
    UnknownNameFinder(TextContext ctx, boolean[] covered) {
        this.ctx = ctx;
        this.t = ctx.tokens;
        this.covered = covered;
    }

    private boolean hasLowerCaseUse(String word) {
        if (lowerWords == null) {
            lowerWords = new HashSet<>();
            for (int i = 0; i < t.size(); i++) {
                if (t.isLowerWord(i)) {
                    lowerWords.add(t.word(i));
                }
            }
        }
        return lowerWords.contains(word);
    }

    /** Unknown-name mentions, given where pre-name titles put names. */
    List<Draft> find(List<TitleFinder.PreName> preNames) {
        for (TitleFinder.PreName p : preNames) {
            int end = personEnd(p.nameToken(), true);
            if (end >= p.nameToken()) {
                found(p.nameToken(), end, ActorKind.PERSON, "after-title");
            }
        }
        for (int i = 0; i < t.size(); i++) {
            if (ctx.inHeadline(i)) {
                continue;
            }
            afterTitleWord(i);
            speechSubject(i);
            inverted(i);
            apposition(i);
            appositionAfterRole(i);
            organisation(i);
            employer(i);
            organisationByPrefix(i);
            organisationWithInitials(i);
        }
        return matchEverywhere();
    }

    /**
     * A name after a title ({@code Vice-President Fuat Oktay}, {@code Mr Smith}) or a lower-case
     * role noun ({@code spokesperson Mao Ning}). At a sentence start every word is capitalised, so
     * only a clear personal title counts there, before a full name of two words or more ({@code
     * Mayor Quinton Lucas thanked}).
     */
    private void afterTitleWord(int i) {
        if (!t.isWord(i) || covered[i] || !ctx.is(Words.TITLE_WORDS, i)) {
            return;
        }
        boolean title = t.isCapitalisedWord(i) && !TITLE_MODIFIERS.contains(t.word(i));
        boolean honorific = title && !t.get(i).sentenceStart();
        boolean role =
                t.isLowerWord(i) && ROLE_NOUNS.contains(t.word(i)) || title && SENTENCE_TITLES.contains(t.word(i));
        if (!honorific && !role) {
            return;
        }
        int start = t.word(i + 1).equals(".") && t.joined(i) ? i + 2 : i + 1;
        if (!t.isCapitalisedWord(start) || ctx.is(Words.TITLE_WORDS, start)) {
            return;
        }
        int end = personEnd(start, honorific);
        if (end >= start && (honorific || end > start)) {
            found(start, end, ActorKind.PERSON, "after-title");
        }
    }

    private void speechSubject(int i) {
        if (!t.isLowerWord(i) || !ctx.is(Words.SPEECH_VERBS, i) || t.word(i).endsWith("ing")) {
            return;
        }
        int k = i - 1;
        String w = t.word(k);
        if (w.equals("has") || w.equals("had") || w.equals("have") || w.equals("also")) {
            k--;
        }
        int start = sequenceStartEndingAt(k);
        if (start < 0) {
            return;
        }
        String before = t.word(start - 1);
        if (PLACE_BEFORE.contains(before)) {
            return; // "police in Koblenz said": the name is where the speaker is
        }
        if (k == i - 1 && ctx.lexicon.isBaseForm(Words.SPEECH_VERBS, t.word(i)) && !before.equals("and")) {
            return; // "Nuevo Leon state", "the Mueller report": a singular name takes "says"
        }
        addFound(start, k, "speech-subject");
    }

    private void inverted(int i) {
        String before = t.word(i - 1);
        if (!before.equals(",") && !before.equals("\"") && !before.equals("”") && !before.equals("'")) {
            return;
        }
        if (!t.isLowerWord(i) || !INVERTED.contains(t.word(i))) {
            return;
        }
        int start = i + 1;
        if (!t.isCapitalisedWord(start) || covered[start] || stop(start)) {
            return;
        }
        int end = sequenceEnd(start);
        start = afterLastTitle(start, end); // "said NSW Transport Minister Andrew Constance"
        String after = t.word(end + 1);
        if (after.equals(",")
                || after.equals(".")
                || after.equals("(")
                || after.isEmpty()
                || t.get(end + 1).lineStart()) {
            addFound(start, end, "speech-subject");
        }
    }

    private void apposition(int i) {
        if (!t.word(i).equals(",") || covered[Math.max(i - 1, 0)]) {
            return;
        }
        String det = t.word(i + 1);
        if (!det.equals("the") && !det.equals("a") && !det.equals("an") && !det.equals("his") && !det.equals("her")) {
            return;
        }
        boolean role = false;
        for (int k = i + 2; k < i + 10 && (t.isWord(k) || t.word(k).equals("-")); k++) { // the 28-year-old leader
            if (ctx.is(Words.TITLE_WORDS, k) || ROLE_NOUNS.contains(t.word(k))) {
                role = true;
                break;
            }
        }
        int start = sequenceStartEndingAt(i - 1);
        if (role && start >= 0 && i - 1 > start) {
            addFound(start, i - 1, "apposition");
        } else if (!role && start >= 0 && organisationNounAfter(i + 2)) {
            found(start, i - 1, ActorKind.ORGANIZATION, "apposition");
        }
    }

    /**
     * Whether the phrase from token {@code from} is headed by a kind of organisation ({@code an
     * Oslo-based consultancy}, {@code the state-owned lender}, {@code a small firm in Lagos}).
     */
    private boolean organisationNounAfter(int from) {
        for (int k = from; k < from + 6 && (t.isWord(k) || t.word(k).equals("-")); k++) {
            if (t.isLowerWord(k) && ORG_NOUNS.contains(t.word(k))) {
                String next = t.word(k + 1);
                return !t.isWord(k + 1) && !next.equals("-") || ORG_NOUN_FOLLOWERS.contains(next);
            }
        }
        return false;
    }

    /**
     * A full name set off by commas after a lower-case role ({@code Marshall Islands’ foreign
     * minister, Tony de Brum, said}, {@code its chief executive, Mary Barra.}): the appositive way
     * of giving a title, as the Guardian and the FT write it.
     */
    private void appositionAfterRole(int i) {
        if (!t.word(i).equals(",") || !t.isLowerWord(i - 1)) {
            return;
        }
        if (!ctx.is(Words.TITLE_WORDS, i - 1) && !ROLE_NOUNS.contains(t.word(i - 1))) {
            return;
        }
        int start = i + 1;
        if (!t.isCapitalisedWord(start) || covered[start] || ctx.is(Words.TITLE_WORDS, start)) {
            return;
        }
        int end = personEnd(start, false);
        String after = t.word(end + 1);
        if (end > start && (after.equals(",") || after.equals("."))) {
            found(start, end, ActorKind.PERSON, "apposition-after-role");
        }
    }

    private void organisation(int i) {
        if (!t.isCapitalisedWord(i)
                || covered[i]
                || !ctx.is(Words.ORG_SUFFIXES, i)
                || t.get(i).sentenceStart()) {
            return;
        }
        int start = i;
        while (true) {
            int k = start - 1;
            if (t.isCapitalisedWord(k) && orgWord(k) && !t.get(k).lineStart()) {
                start = k;
            } else if (ORG_JOINERS.contains(t.word(k))
                    && t.isLowerWord(k)
                    && t.isCapitalisedWord(k - 1)
                    && orgWord(k - 1)) {
                start = k - 1;
            } else {
                break;
            }
        }
        while (ctx.is(Words.NOT_NAMES, start) && start < i) {
            start++;
        }
        if (ctx.is(Words.TITLE_WORDS, start) && t.word(start + 1).equals("of")
                || t.word(start - 1).equals("-") && t.joined(start - 1)) {
            return; // "Inspector-General of Police", "Director of Public Prosecutions": a title
        }
        int end = i;
        while (ORG_JOINERS.contains(t.word(end + 1))
                && t.isLowerWord(end + 1)
                && t.isCapitalisedWord(end + 2)
                && orgWord(end + 2)) {
            end += 2;
            while (t.isCapitalisedWord(end + 1) && orgWord(end + 1)) {
                end++;
            }
        }
        if (end > start) {
            found(start, end, ActorKind.ORGANIZATION, "org-suffix");
        }
    }

    /** {@code an economist at Banco Base}: the capitalised words after a role noun and {@code at}. */
    private void employer(int i) {
        if (!t.isLowerWord(i) || !t.word(i).equals("at") || !EMPLOYEE_NOUNS.contains(t.word(i - 1))) {
            return;
        }
        int start = t.word(i + 1).equals("the") ? i + 2 : i + 1;
        if (!t.isCapitalisedWord(start) || covered[start] || stop(start)) {
            return;
        }
        found(start, sequenceEnd(start), ActorKind.ORGANIZATION, "employer");
    }

    /** {@code Grupo Televisa}: a type word that opens an organisation's name and capitalised words. */
    private void organisationByPrefix(int i) {
        if (!t.isCapitalisedWord(i) || covered[i] || !ORG_PREFIXES.contains(t.word(i))) {
            return;
        }
        int end = sequenceEnd(i);
        if (end > i) {
            found(i, end, ActorKind.ORGANIZATION, "org-prefix");
        }
    }

    /**
     * {@code European Digital Rights (EDRi)}: capitalised words, with {@code of}, {@code for},
     * {@code the} or {@code and} between them, right before an acronym in brackets whose capitals
     * are their initials. Only organisations are named so; the acronym then names it too.
     */
    private void organisationWithInitials(int i) {
        if (!t.word(i).equals("(") || !t.word(i + 2).equals(")") || !isAcronym(i + 1)) {
            return;
        }
        String acronym = t.text().substring(t.get(i + 1).begin(), t.get(i + 1).end());
        StringBuilder capitals = new StringBuilder();
        for (char c : acronym.toCharArray()) {
            if (Character.isUpperCase(c)) {
                capitals.append(c);
            }
        }
        int end = i - 1;
        int start = end;
        StringBuilder initials = new StringBuilder();
        for (int k = end; k >= 0 && k > end - 2 * MAX_WORDS && initials.length() < capitals.length(); k--) {
            if (t.isCapitalisedWord(k) && orgWord(k)) {
                initials.insert(0, t.text().charAt(t.get(k).begin()));
                start = k;
                if (t.get(k).lineStart()) {
                    break;
                }
            } else if (!(ORG_JOINERS.contains(t.word(k)) && t.isLowerWord(k))) {
                break;
            }
        }
        if (end > start && initials.toString().contentEquals(capitals)) {
            found(start, end, ActorKind.ORGANIZATION, "acronym-initials");
        }
    }

    /** A word that may be part of an organisation's name: not covered, or only a demonym. */
    private boolean orgWord(int k) {
        return !covered[k] && !ctx.is(Words.MONTHS_DAYS, k) || ctx.matchAt(k) >= 0 && ctx.isDemonym(ctx.matchAt(k));
    }

    private void addFound(int start, int end, String how) {
        boolean org = ctx.is(Words.ORG_SUFFIXES, end)
                || start == end && t.get(start).upper() && t.word(start).length() > 1;
        found(start, end, org ? ActorKind.ORGANIZATION : ActorKind.PERSON, how);
    }

    /** Records a found name after the checks that keep common capitalised words out. */
    private void found(int start, int end, ActorKind kind, String how) {
        for (int k = start; k <= end; k++) {
            if (blocked(k, kind) || ctx.is(Words.MONTHS_DAYS, k)) {
                return;
            }
        }
        if (!t.joined(start - 1) && t.isCapitalisedWord(start - 1) && ctx.inName(start - 1)) {
            return;
        }
        if (start == end
                && (stop(start)
                        || ctx.is(Words.TITLE_WORDS, start)
                        || ctx.is(Words.ORG_SUFFIXES, start)
                        || isCommonWord(t.word(start)))) {
            return; // "the Bank said", "the Ministry said": a common noun, no name
        }
        if (t.get(start).sentenceStart()
                && start == end
                && !how.equals("after-title")
                && t.word(start).endsWith("s")) {
            return;
        }
        String text = t.text().substring(t.get(start).begin(), t.get(end).end());
        if (!how.equals("after-title") && PlaceNames.isPlace(text, end - start + 1)) {
            return;
        }
        Found f = new Found(text, kind, how);
        if (kind == ActorKind.PERSON && end > start) {
            for (NameVariants.Variant v : NameVariants.ofPerson(text)) {
                addVariant(v.form(), f, v.rule());
            }
        } else {
            addVariant(text, f, NameVariants.FULL);
            int alias = kind == ActorKind.ORGANIZATION ? acronymAfter(end) : -1;
            if (alias >= 0 && !covered[alias]) {
                addVariant(t.text().substring(t.get(alias).begin(), t.get(alias).end()), f, ACRONYM);
            }
        }
    }

    /**
     * The token of the acronym an organisation's name introduces right after it, or -1: {@code
     * National Emergency Office (ONEMI)}, {@code …, known as ONEMI}, {@code …, or ONEMI}. News
     * gives the short form once and uses it after, so it names the same organisation.
     */
    private int acronymAfter(int end) {
        int k = end + 1;
        if (t.word(k).equals("(") && t.word(k + 2).equals(")")) {
            return isAcronym(k + 1) ? k + 1 : -1;
        }
        if (t.word(k).equals(",")) {
            k++;
        }
        if (t.word(k).equals("known") && t.word(k + 1).equals("as")) {
            k += 2;
        } else if (t.word(k).equals("or")) {
            k++;
        } else {
            return -1;
        }
        if (t.word(k).equals("the")) {
            k++;
        }
        String after = t.word(k + 1);
        boolean ends =
                after.equals(",") || after.equals(".") || after.equals(")") || after.equals(";") || after.isEmpty();
        return isAcronym(k) && ends ? k : -1;
    }

    /**
     * A word of 2 to 8 capital letters (digits allowed after the first, and one small letter):
     * {@code ONEMI}, {@code G7}, {@code EDRi}.
     */
    private boolean isAcronym(int k) {
        if (!t.isWord(k)) {
            return false;
        }
        String word = t.text().substring(t.get(k).begin(), t.get(k).end());
        if (word.length() < 2 || word.length() > 8 || !Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        int lower = 0;
        for (int c = 1; c < word.length(); c++) {
            char ch = word.charAt(c);
            if (Character.isLowerCase(ch)) {
                lower++; // EDRi, but not McDonald
            } else if (!Character.isUpperCase(ch) && !Character.isDigit(ch)) {
                return false;
            }
        }
        return lower <= 1 && word.length() - lower >= 2;
    }

    /**
     * Whether the document writes the word, or its plural, in lower case: {@code House} beside
     * {@code houses} is a common noun.
     */
    private boolean isCommonWord(String word) {
        return hasLowerCaseUse(word) || hasLowerCaseUse(word + "s") || hasLowerCaseUse(word + "es");
    }

    private void addVariant(String form, Found f, String rule) {
        String key = org.corpusqa.text.TextFolding.fold(form);
        if (!variants.containsKey(key)) {
            variants.put(key, new Found(form, f.kind(), f.how()));
            variantRules.put(key, rule);
        }
    }

    /** Every occurrence of every variant, leftmost-longest, outside covered tokens. */
    private List<Draft> matchEverywhere() {
        List<Draft> drafts = new ArrayList<>();
        if (variants.isEmpty()) {
            return drafts;
        }
        int i = 0;
        while (i < t.size()) {
            int matched = 0;
            Found found = null;
            String key = null;
            for (int k = Math.min(t.size() - 1, i + 2 * MAX_WORDS); k >= i && found == null; k--) {
                if (!t.isWord(i) || !t.isWord(k)) {
                    continue;
                }
                String candidate =
                        t.folded().substring(t.get(i).begin(), t.get(k).end());
                Found f = variants.get(candidate);
                if (f != null
                        && ActorDictionary.caseFits(f.text(), t.text(), t.get(i).begin())
                        && free(i, k, f.kind())) {
                    found = f;
                    key = candidate;
                    matched = k - i + 1;
                }
            }
            if (found == null) {
                i++;
                continue;
            }
            Draft d = new Draft(
                    t.get(i).begin(),
                    t.get(i + matched - 1).end(),
                    found.kind(),
                    Draft.Type.NAME,
                    "unknown:" + found.how()
                            + (variantRules.get(key).equals(NameVariants.FULL) ? "" : "/" + variantRules.get(key)));
            drafts.add(d);
            i += matched;
        }
        return drafts;
    }

    private boolean free(int from, int to, ActorKind kind) {
        for (int k = from; k <= to; k++) {
            if (blocked(k, kind)) {
                return false;
            }
        }
        return true;
    }

    /** Whether token {@code k} is taken; a demonym may still start an organisation's name. */
    private boolean blocked(int k, ActorKind kind) {
        int m = ctx.matchAt(k);
        return covered[k] && !(kind == ActorKind.ORGANIZATION && m >= 0 && ctx.isDemonym(m));
    }

    /** First token of a capitalised sequence ending at token {@code k}, or -1. */
    private int sequenceStartEndingAt(int k) {
        if (isApostropheTail(k - 2)) {
            return covered[k] ? -1 : sequenceStartEndingAt(k - 2); // "Ndung'u said"
        }
        if (!t.isCapitalisedWord(k) || covered[k]) {
            return -1;
        }
        int start = k;
        int words = 1;
        while (words < MAX_WORDS) {
            int j = start - 1;
            if (t.isCapitalisedWord(j) && !covered[j] && !t.get(start).lineStart() && !stopInside(j)) {
                start = j;
                words++;
            } else if (t.word(j).equals("-") && t.joined(j) && t.joined(j - 1) && PARTICLES.contains(t.word(j - 1))) {
                start = j - 1;
                if (t.isCapitalisedWord(start - 1)
                        && !covered[start - 1]
                        && !t.get(start).lineStart()) {
                    start--;
                    words++;
                }
            } else {
                break;
            }
        }
        while (start < k && (stop(start) || ctx.is(Words.TITLE_WORDS, start))) {
            start++;
        }
        start = afterLastTitle(start, k); // "Treasury Secretary Janet Yellen"
        return stop(start) ? -1 : start;
    }

    /**
     * Where the name starts in the capitalised run {@code start..end}: after the last title word
     * inside it, since the name follows the title; {@code start} when there is none.
     */
    private int afterLastTitle(int start, int end) {
        for (int j = end - 1; j > start; j--) {
            if (ctx.is(Words.TITLE_WORDS, j)) {
                return j + 1;
            }
        }
        return start;
    }

    /**
     * Whether an apostrophe and a word joined to token {@code k} continue a name ({@code
     * Ndung'u}, {@code O'Neill}), rather than a possessive {@code 's}.
     */
    private boolean isApostropheTail(int k) {
        return t.isCapitalisedWord(k)
                && t.word(k + 1).equals("'")
                && t.joined(k)
                && t.joined(k + 1)
                && t.isWord(k + 2)
                && !t.word(k + 2).equals("s");
    }

    /** Last token of a capitalised sequence starting at token {@code start}. */
    private int sequenceEnd(int start) {
        int end = start;
        int words = 1;
        while (words < MAX_WORDS) {
            int j = end + 1;
            if (isApostropheTail(end) && !covered[end + 2]) {
                end += 2;
            } else if (t.isCapitalisedWord(j) && !covered[j] && !t.get(j).lineStart() && !stopInside(j)) {
                end = j;
                words++;
            } else if (PARTICLES.contains(t.word(j))
                    && t.word(j + 1).equals("-")
                    && t.joined(j)
                    && t.isCapitalisedWord(j + 2)
                    && !covered[j + 2]) {
                end = j + 2;
                words++;
            } else if (PARTICLES.contains(t.word(j))
                    && t.isLowerWord(j)
                    && t.isCapitalisedWord(j + 1)
                    && !covered[j + 1]
                    && !t.get(j + 1).lineStart()) {
                end = j + 1; // Tony de Brum, Ursula von der Leyen: the particle stays with the surname
                words++;
            } else if (t.word(j).equals(".")
                    && t.joined(end)
                    && t.get(end).end() - t.get(end).begin() == 1
                    && t.isCapitalisedWord(j + 1)) {
                end = j + 1;
                words++;
            } else if (t.word(j).equals("-")
                    && t.joined(end)
                    && t.joined(j)
                    && t.isLowerWord(j + 1)
                    && end > start
                    && !(t.joined(j + 1) && t.isWord(j + 2))) {
                end = j + 1; // Jimmy Sham Tsz-kit: the second syllable of a given name
            } else {
                break;
            }
        }
        return end;
    }

    /** End of a person's name starting at {@code start} (after a title), or start - 1. */
    private int personEnd(int start, boolean allowSingle) {
        if (covered[start] || stop(start)) {
            return start - 1;
        }
        int end = sequenceEnd(start);
        return end > start || allowSingle ? end : start - 1;
    }

    private boolean stop(int i) {
        return ctx.is(Words.NOT_NAMES, i) || ctx.is(Words.MONTHS_DAYS, i) || ctx.is(Words.PLACE_PREPOSITIONS, i);
    }

    private boolean stopInside(int i) {
        return ctx.is(Words.MONTHS_DAYS, i)
                || ctx.is(Words.PLACE_PREPOSITIONS, i) && t.get(i).sentenceStart();
    }
}
