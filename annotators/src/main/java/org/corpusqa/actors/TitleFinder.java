package org.corpusqa.actors;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.corpusqa.actors.ActorDictionary.Candidate;
import org.corpusqa.actors.ActorDictionary.Source;
import org.corpusqa.actors.ActorLexicon.Words;
import org.corpusqa.registry.ActorKind;

/**
 * Finds titles: office wordings ({@link Offices}) with what qualifies them, a demonym ({@code the
 * Turkish president}), a possessive state ({@code Turkey's foreign minister}), an organisation or
 * state before them ({@code Kremlin spokesman}, {@code US counterpart}) or {@code of} and a state
 * ({@code President of Turkey}). The span runs from the first of {@code top} or the demonym to
 * the office (GUIDELINES: span without the determiner).
 *
 * <p>A title followed by a comma and a name ({@code the state's premier, Malu Dreyer,}) is an
 * appositive TITLE of that person (heldout README rule 9).
 *
 * <p>A title directly followed by a name is not a mention of its own: it is recorded as a
 * pre-name title, which tells the unknown-name rules that a name starts there and lets the
 * annotator check the title against the registry. Indefinite and plural titles are generic and
 * ignored ({@code a spokesman}, {@code our Russian counterparts}), except coordinated plurals
 * ({@code the Russian and Turkish defence ministers}), which are a GROUP of role holders.
 */
final class TitleFinder {
    /**
     * A title right before a name: where the name starts and what the title says; {@code
     * ofOrganisation} when an organisation, not a state, qualified it ({@code JAXA President}), so
     * that the country is the organisation's and says little about the office.
     */
    record PreName(
            int nameToken,
            String office,
            String country,
            boolean counterpart,
            int titleBegin,
            boolean ofOrganisation) {}

    private static final Set<String> DETERMINERS = Set.of("the", "his", "her", "its", "their");
    /**
     * Words that make a title say nothing about who holds the office on the document's date ({@code
     * the former president}, {@code the new prime minister}), but that stay in the span of a title
     * in apposition to a name, which says who it is ({@code Italy's new prime minister, Giuseppe
     * Conte,}).
     */
    private static final Set<String> TIME_QUALIFIERS =
            Set.of("former", "late", "then", "acting", "interim", "new", "next", "future", "previous", "incoming");

    /**
     * Words before a title that make it no mention of the present holder: articles, quantifiers,
     * lower offices and the {@link #TIME_QUALIFIERS}.
     */
    private static final Set<String> GENERIC = union(
            TIME_QUALIFIERS,
            "a",
            "an",
            "another",
            "one",
            "any",
            "every",
            "each",
            "no",
            "ex",
            "deputy",
            "first",
            "assistant",
            "senior",
            "our",
            "your",
            "my",
            "some",
            "which",
            "what",
            "whose");
    /**
     * Words that keep a title on its present holder and stay in its span: {@code the outgoing prime
     * minister} is still the prime minister on the document's date.
     */
    private static final Set<String> PRESENT_HOLDER = Set.of("outgoing", "incumbent", "sitting");

    /** Nouns for the state a story is about: {@code the country's president} is that state's. */
    private static final Set<String> COUNTRY_NOUNS = Set.of("country", "nation", "kingdom", "republic");

    private static final Set<String> TOP = Set.of("top", "chief");

    private static Set<String> union(Set<String> some, String... more) {
        Set<String> all = new HashSet<>(some);
        all.addAll(Arrays.asList(more));
        return Set.copyOf(all);
    }
    /**
     * The one office an organisation's name before it passes on to the organisation's state:
     * {@code Kremlin spokesman} speaks for Russia, {@code Tesla president} heads Tesla.
     */
    private static final String SPOKESMAN = "spokesman";

    private final TextContext ctx;
    private final Tokens t;
    private final Offices offices = Offices.get();
    final List<Draft> titles = new ArrayList<>();
    final List<PreName> preNames = new ArrayList<>();

    TitleFinder(TextContext ctx) {
        this.ctx = ctx;
        this.t = ctx.tokens;
    }

    TitleFinder find() {
        int i = 0;
        while (i < t.size()) {
            int length = wordingAt(i);
            if (length > 0) {
                title(i, i + length - 1);
                i += length;
            } else {
                i++;
            }
        }
        return this;
    }

    /** Token count of the longest office wording starting at token {@code i}, or 0. */
    private int wordingAt(int i) {
        if (!t.isWord(i) || ctx.inName(i)) {
            return 0;
        }
        if ((t.facts(i) & Vocabulary.OFFICE_START) == 0) {
            return 0; // most words start no wording: no need to build any phrase
        }
        StringBuilder sb = new StringBuilder();
        int best = 0;
        for (int k = i; k < i + offices.longest() && t.valid(k); k++) {
            if ((!t.isWord(k) && !t.word(k).equals("-")) || ctx.inName(k) || (k > i && !spaceOrHyphen(k - 1))) {
                break;
            }
            if (k > i) {
                sb.append(' ');
            }
            sb.append(t.word(k));
            String words = sb.toString();
            if (!offices.startsWording(words)) {
                break; // no longer wording can start with these words either
            }
            if (offices.lookup(words).isPresent()) {
                best = k - i + 1;
            }
        }
        return best;
    }

    private boolean spaceOrHyphen(int k) {
        return !t.joined(k) || t.word(k).equals("-") || t.word(k + 1).equals("-");
    }

    private void title(int a, int b) {
        String wordingText = wording(a, b);
        Offices.Wording wording = offices.lookup(wordingText).orElseThrow();
        String office = wording.office();
        boolean counterpart = office.equals(Offices.COUNTERPART);
        int k = a - 1;
        boolean top = false;
        int spanStart = a;
        if (TOP.contains(t.word(k)) && t.isWord(k)) {
            top = true;
            spanStart = k;
            k--;
        }
        if (PRESENT_HOLDER.contains(t.word(k)) && t.isWord(k)) {
            spanStart = k;
            k--;
        }
        boolean timeQualified = false;
        if (TIME_QUALIFIERS.contains(t.word(k)) && t.isWord(k) && appositionAfter(b) >= 0) {
            timeQualified = true;
            spanStart = k;
            k--;
        }
        List<String> countries = new ArrayList<>();
        boolean determiner = false;
        boolean ofOrganisation = false;
        boolean ownedByNoun = false;
        int m = ctx.matchAt(k);
        if (m >= 0 && ctx.last(m) == k && ctx.isDemonym(m)) {
            while (m >= 0 && ctx.last(m) == k && ctx.isDemonym(m)) {
                countries.add(0, ctx.matches.get(m).first().country());
                spanStart = ctx.first(m);
                k = spanStart - 1;
                int before = k;
                if (t.word(before).equals("and") || t.word(before).equals(",")) {
                    before--;
                    if (t.word(before).equals(",")) {
                        before--;
                    }
                    int prev = ctx.matchAt(before);
                    if (prev >= 0 && ctx.isDemonym(prev) && ctx.last(prev) == before) {
                        k = before;
                        m = prev;
                        continue;
                    }
                }
                break;
            }
            if (TOP.contains(t.word(k)) && t.isWord(k)) {
                top = true;
                spanStart = k;
                k--;
            }
        } else if (m >= 0 && ctx.last(m) == k && countryOf(m).isPresent()) {
            countries.add(countryOf(m).get());
            ofOrganisation = isOrganisation(m);
            k = ctx.first(m) - 1;
            if (TOP.contains(t.word(k)) && t.isWord(k)) {
                top = true;
                spanStart = k;
                k--;
            }
        } else {
            int owner = t.word(k).equals("s") && t.word(k - 1).equals("'")
                    ? k - 2
                    : t.word(k).equals("'") ? k - 1 : -1;
            int om = ctx.matchAt(owner);
            if (owner >= 0
                    && om >= 0
                    && ctx.last(om) == owner
                    && t.possessiveLength(owner) == k - owner
                    && countryOf(om).isPresent()) {
                countries.add(countryOf(om).get());
                ofOrganisation = isOrganisation(om);
                determiner = true;
                k = ctx.first(om) - 1;
            } else if (owner > 0
                    && om < 0
                    && t.isLowerWord(owner)
                    && t.possessiveLength(owner) == k - owner
                    && t.word(owner - 1).equals("the")) {
                if (COUNTRY_NOUNS.contains(t.word(owner))) {
                    determiner = true; // "the country's defence minister": the country the story is about
                } else {
                    ownedByNoun = true; // "the state's premier": a title only with the name after it
                }
                k = owner - 1;
            } else if (owner > 0
                    && om < 0
                    && t.isCapitalisedWord(owner)
                    && t.possessiveLength(owner) == k - owner
                    && t.word(placeStart(owner) - 1).equals(",")) {
                ownedByNoun = true; // "Scholz, Hamburg's mayor,": a title only in apposition
                k = placeStart(owner) - 1;
            }
        }
        boolean generic = timeQualified || GENERIC.contains(t.word(k)) && t.isWord(k);
        if (!determiner && DETERMINERS.contains(t.word(k)) && t.isWord(k)) {
            determiner = true;
        }
        int end = portfolioAfter(b);
        boolean ofForm = false;
        if (countries.isEmpty() && t.word(b + 1).equals("of")) {
            int j = t.word(b + 2).equals("the") ? b + 3 : b + 2;
            int sm = ctx.matchAt(j);
            if (sm >= 0 && ctx.first(sm) == j && ctx.matches.get(sm).first().source() == Source.STATE_NAME) {
                countries.add(ctx.matches.get(sm).first().country());
                end = ctx.last(sm);
                ofForm = true;
            }
        }
        String country = countries.size() == 1 ? countries.get(0) : null;
        if (!ofForm && nameStarts(end + 1)) {
            preNames.add(new PreName(
                    end + 1,
                    generic ? null : office,
                    country,
                    counterpart,
                    t.get(spanStart).begin(),
                    ofOrganisation));
            return;
        }
        int apposed = ofForm ? -1 : appositionAfter(end);
        int nameBefore = apposed < 0 ? nameBeforeApposition(k, end) : -1;
        if (nameBefore >= 0 && !generic && !wording.plural() && !(ofOrganisation && !office.equals(SPOKESMAN))) {
            appositiveTitle(spanStart, end, office, country).appositionAfterToken = nameBefore;
            return;
        }
        if (timeQualified && !ofOrganisation && !wording.plural()) {
            appositiveTitle(spanStart, end, office, country).appositionToken = apposed;
            return;
        }
        if (generic || ofOrganisation && !office.equals(SPOKESMAN)) {
            return; // "Tesla's president", "Coyotes President": the organisation's own office
        }
        if (ownedByNoun && apposed < 0) {
            return;
        }
        if (wording.plural()) {
            if (countries.size() >= 2) {
                Draft group = new Draft(
                        t.get(spanStart).begin(), t.get(end).end(), ActorKind.PERSON, Draft.Type.GROUP, "group:titles");
                List<String[]> members = new ArrayList<>();
                for (String c : countries) {
                    members.add(new String[] {office, c});
                }
                group.members = members;
                titles.add(group);
            }
            return;
        }
        boolean needsTop = wordingText.equals("diplomat");
        boolean alone = !ownedByNoun
                && !(needsTop && !top
                        || countries.size() > 1
                        || !determiner && countries.isEmpty()
                        || counterpart && countries.isEmpty()
                        || !ofForm && ofPlace(end + 1));
        if (apposed < 0 && !alone) {
            return;
        }
        Draft title = new Draft(t.get(spanStart).begin(), t.get(end).end(), ActorKind.PERSON, Draft.Type.TITLE, "role");
        title.office = office;
        title.country = countries.size() == 1 ? country : null;
        title.appositionToken = apposed;
        title.appositionOnly = !alone;
        titles.add(title);
    }

    /**
     * The last token of a person's name set off by a comma before the title phrase that ends at
     * {@code end} and whose words before the office end at token {@code k} ({@code Olaf Scholz,
     * the German chancellor,}, {@code Scholz, Hamburg's mayor.}), or -1. The phrase must close
     * there (comma, full stop, semicolon).
     */
    private int nameBeforeApposition(int k, int end) {
        int before = DETERMINERS.contains(t.word(k)) && t.isWord(k) ? k - 1 : k;
        if (!t.word(before).equals(",")) {
            return -1;
        }
        String after = t.word(end + 1);
        if (!after.equals(",") && !after.equals(".") && !after.equals(";")) {
            return -1;
        }
        int name = before - 1;
        int m = ctx.matchAt(name);
        if (m >= 0) {
            return ctx.last(m) == name && ctx.matches.get(m).first().kind() == ActorKind.PERSON ? name : -1;
        }
        return -1;
    }

    /**
     * The last token of a portfolio written after a title with {@code for} ({@code minister for
     * Indigenous Australians}, {@code secretary for Health and Social Care}), which belongs to the
     * title's span; {@code b} itself when there is none.
     */
    private int portfolioAfter(int b) {
        if (!t.word(b + 1).equals("for") || !t.isCapitalisedWord(b + 2) || ctx.inName(b + 2)) {
            return b;
        }
        int end = b + 2;
        while (end + 1 < b + 8
                && (t.isCapitalisedWord(end + 1) && !ctx.inName(end + 1)
                        || t.word(end + 1).equals("and") && t.isCapitalisedWord(end + 2))) {
            end++;
        }
        return end;
    }

    /** Records a TITLE that counts only through the name in apposition to it. */
    private Draft appositiveTitle(int spanStart, int end, String office, String country) {
        Draft title = new Draft(t.get(spanStart).begin(), t.get(end).end(), ActorKind.PERSON, Draft.Type.TITLE, "role");
        title.office = office;
        title.country = country;
        title.appositionOnly = true;
        titles.add(title);
        return title;
    }

    /** First token of the run of (at most three) capitalised words ending at {@code last}: {@code New Orleans}. */
    private int placeStart(int last) {
        int first = last;
        while (first > last - 2 && t.isCapitalisedWord(first - 1) && ctx.matchAt(first - 1) < 0) {
            first--;
        }
        return first;
    }

    /** The token of a person's name after the title ending at {@code end} and a comma, or -1. */
    private int appositionAfter(int end) {
        return t.word(end + 1).equals(",") && nameStarts(end + 2) ? end + 2 : -1;
    }

    /**
     * {@code of} and a name or a determiner after a title: the title of some place or body the
     * rules did not read ({@code President of the Assembly}); {@code of} and a verb is no such
     * thing ({@code accusing Canada's prime minister of making false statements}).
     */
    private boolean ofPlace(int i) {
        if (!t.word(i).equals("of")) {
            return false;
        }
        String next = t.word(i + 1);
        return t.isCapitalisedWord(i + 1) || next.equals("the") || next.equals("a") || next.equals("an");
    }

    private String wording(int a, int b) {
        StringBuilder sb = new StringBuilder();
        for (int k = a; k <= b; k++) {
            if (k > a) {
                sb.append(' ');
            }
            sb.append(t.word(k));
        }
        return sb.toString();
    }

    /** The country of a state or of an organisation with one, named by match {@code m}. */
    private Optional<String> countryOf(int m) {
        Candidate c = ctx.matches.get(m).first();
        if (c.source() == Source.DEMONYM
                || c.kind() == ActorKind.PERSON
                || c.country().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(c.country());
    }

    private boolean isOrganisation(int m) {
        return ctx.matches.get(m).first().kind() == ActorKind.ORGANIZATION;
    }

    /** Whether a person's name starts at token {@code i}. */
    private boolean nameStarts(int i) {
        if (!t.isCapitalisedWord(i) || t.get(i).lineStart()) {
            return false;
        }
        int m = ctx.matchAt(i);
        if (m >= 0) {
            return ctx.first(m) == i && ctx.matches.get(m).first().kind() == ActorKind.PERSON;
        }
        return !ctx.is(Words.NOT_NAMES, i)
                && !ctx.is(Words.MONTHS_DAYS, i)
                && !ctx.is(Words.TITLE_WORDS, i)
                && !ctx.is(Words.PLACE_PREPOSITIONS, i)
                && !ctx.is(Words.ORG_SUFFIXES, i);
    }
}
