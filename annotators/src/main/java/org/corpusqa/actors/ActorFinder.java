package org.corpusqa.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.corpusqa.actors.ActorDictionary.Candidate;
import org.corpusqa.actors.ActorDictionary.NameMatch;
import org.corpusqa.actors.ActorDictionary.Source;
import org.corpusqa.actors.StateReading.Reading;
import org.corpusqa.registry.ActorKind;
import org.corpusqa.registry.ActorRegistry;
import org.corpusqa.registry.RegistryEntry;
import org.corpusqa.text.CurrencySigns;
import org.corpusqa.text.TextFolding;

/**
 * Finds the actor mentions of a text without UIMA: registry names and their variants, states and
 * capitals read as agents, titles resolved by date, groups, and the unknown names the registry
 * lacks (GUIDELINES: Actor). {@link ActorAnnotator} only copies the result into the CAS.
 *
 * <p>Thread-safe: all state of a run lives in the run.
 */
public final class ActorFinder {
    private static final Set<String> ANAPHORA_HEADS = Set.of(
            "presidency",
            "ministry",
            "agency",
            "observatory",
            "council",
            "committee",
            "commission",
            "office",
            "front",
            "party",
            "movement",
            "organisation",
            "organization",
            "alliance",
            "coalition",
            "court",
            "parliament",
            "assembly");

    /** Prepositions after which a town's name is the town, even where an organisation bears it. */
    private static final Set<String> IN_PLACE = Set.of("in", "across", "throughout", "around", "outside");

    /** Whether a title (office, country or null) fits an office held. */
    private static boolean fits(String office, String country, RoleIndex.Office held) {
        return Offices.get().isFormOf(office, held.office())
                && (country == null || held.country().equals(country));
    }

    /** Where the text names a country, for a bare title. */
    private record Cue(int begin, String country) {}

    /** Mentions in text order and the findings about them. */
    public record Result(List<ActorMention> mentions, List<ActorFinding> findings) {}

    /**
     * Capitals that news uses for an institution seated there rather than for their state, by the
     * institution's name: {@code talks with Brussels} are talks with the European Union (heldout
     * rule 17). Used only when the registry has the institution.
     */
    private static final Map<String, String> SEATS = Map.of("european union", "brussels");

    private final ActorDictionary dictionary;
    private final RoleIndex roles;
    /** Folded capital -> registry id of the institution it stands for. */
    private final Map<String, String> seatMetonyms;

    public ActorFinder(ActorRegistry registry) {
        this(registry, ActorDictionary.of(registry));
    }

    public ActorFinder(ActorRegistry registry, ActorDictionary dictionary) {
        this.dictionary = dictionary;
        this.roles = new RoleIndex(registry);
        this.seatMetonyms = seatMetonyms(registry);
    }

    private static Map<String, String> seatMetonyms(ActorRegistry registry) {
        Map<String, String> seats = new HashMap<>();
        for (RegistryEntry entry : registry.entries()) {
            if (entry.kind() == ActorKind.ORGANIZATION) {
                String seat = SEATS.get(entry.name().toLowerCase(Locale.ROOT));
                if (seat != null) {
                    seats.putIfAbsent(seat, entry.id());
                }
            }
        }
        return Map.copyOf(seats);
    }

    /**
     * The actor mentions of a text.
     *
     * @param date the document date; when empty, titles resolve to the holders of today
     */
    public Result find(String text, Optional<DocumentDate> date) {
        return new Run(text, date.orElse(DocumentDate.of(LocalDate.now())), date.isEmpty()).run();
    }

    /** One document's pass. */
    private final class Run {
        private final Tokens tokens;
        private final TextContext ctx;
        private final DocumentDate date;
        private final boolean undated;
        private final boolean[] covered;
        private final List<ActorFinding> findings = new ArrayList<>();
        private final StateReading reading;

        Run(String text, DocumentDate date, boolean undated) {
            this.tokens = Tokens.of(text);
            this.ctx = new TextContext(tokens, dictionary.find(text, tokens.foldedChars()));
            this.date = date;
            this.undated = undated;
            this.covered = new boolean[tokens.size()];
            this.reading = new StateReading(ctx);
        }

        Result run() {
            List<Draft> drafts = knownNames();
            addCovering(drafts, givenNames(drafts));
            TitleFinder titles = new TitleFinder(ctx).find();
            addCovering(drafts, titles.titles);
            addCovering(drafts, orgAnaphora(drafts));
            List<Draft> unknown = new UnknownNameFinder(ctx, covered).find(titles.preNames);
            addCovering(drafts, unknown);
            attachPreNames(drafts, titles.preNames);
            drafts = withoutNested(drafts);
            resolveAmbiguous(drafts);
            drafts.removeIf(d -> d.type == null);
            resolveTitles(drafts);
            drafts.removeIf(d -> d.type == null);
            List<Draft> groups = new GroupFinder(ctx).find(drafts, covered);
            drafts.addAll(groups);
            drafts.sort(Draft.BY_BEGIN);
            checkPreNameTitles(drafts);
            List<ActorMention> mentions = new ArrayList<>();
            for (Draft d : drafts) {
                mentions.add(d.toMention());
            }
            return new Result(mentions, findings);
        }

        private List<Draft> knownNames() {
            List<Draft> drafts = new ArrayList<>();
            for (int m = 0; m < ctx.matches.size(); m++) {
                NameMatch match = ctx.matches.get(m);
                int first = ctx.first(m);
                int last = ctx.last(m);
                if (match.first().source() == Source.DERIVED && ctx.partOfLongerName(first, last)) {
                    continue; // "Cameron Ahmad" is not David Cameron: left to the unknown names
                }
                for (int i = Math.max(first, 0); i <= last; i++) {
                    covered[i] = true;
                }
                if (ctx.isDemonym(m) || CurrencySigns.prefixesDollarSign(tokens.text(), match.end())) {
                    continue;
                }
                Candidate c = match.first();
                Draft d = new Draft(match.begin(), match.end(), c.kind(), Draft.Type.NAME, c.rule());
                d.firstToken = first;
                d.lastToken = last;
                if (!match.unambiguous()) {
                    d.candidates = match.candidates();
                    drafts.add(d);
                    continue;
                }
                if (asName(d, c)) {
                    drafts.add(d);
                }
            }
            return drafts;
        }

        /**
         * A person's given name alone after the story named them in full ({@code Sachin Tendulkar …
         * "This is for Sachin"}, {@code Justin Trudeau … Justin}): sports and feature writing call
         * people by their first name, which the registry cannot list as a name of its own. The
         * given name must stand alone, capitalised, and belong to one person of the story only.
         */
        private List<Draft> givenNames(List<Draft> drafts) {
            Map<String, Draft> byGivenName = new HashMap<>();
            Set<String> shared = new HashSet<>();
            for (Draft d : drafts) {
                if (d.kind != ActorKind.PERSON
                        || d.type != Draft.Type.NAME
                        || d.entityId.isEmpty()
                        || d.lastToken <= d.firstToken
                        || !tokens.get(d.firstToken).capitalised()) {
                    continue;
                }
                String given = tokens.get(d.firstToken).folded();
                Draft known = byGivenName.putIfAbsent(given, d);
                if (known != null && !known.entityId.equals(d.entityId)) {
                    shared.add(given);
                }
            }
            shared.forEach(byGivenName::remove);
            List<Draft> found = new ArrayList<>();
            if (byGivenName.isEmpty()) {
                return found;
            }
            for (int i = 0; i < tokens.size(); i++) {
                Tokens.Token token = tokens.get(i);
                if (covered[i] || !token.capitalised()) {
                    continue; // most tokens: no hash lookup
                }
                Draft named = byGivenName.get(token.folded());
                if (named == null || token.begin() < named.end || !standsAlone(i)) {
                    continue;
                }
                Draft d = new Draft(token.begin(), token.end(), ActorKind.PERSON, Draft.Type.NAME, "given-name");
                d.entityId = named.entityId;
                d.country = named.country;
                d.firstToken = i;
                d.lastToken = i;
                found.add(d);
            }
            return found;
        }

        /** A capitalised word with no capitalised word beside it ({@code Justin}, not {@code Justin Bieber}). */
        private boolean standsAlone(int i) {
            Tokens.Token token = tokens.get(i);
            if (!token.capitalised() || token.upper() || token.end() - token.begin() < 3) {
                return false;
            }
            boolean nameBefore = i > 0
                    && tokens.get(i - 1).capitalised()
                    && !tokens.get(i - 1).sentenceStart();
            boolean nameAfter = i + 1 < tokens.size() && tokens.get(i + 1).capitalised();
            return !nameBefore && !nameAfter;
        }

        /** Fills a draft from its candidate; false when a state or capital is read as a place. */
        private boolean asName(Draft d, Candidate c) {
            d.kind = c.kind();
            d.entityId = c.id();
            d.rule = c.rule();
            d.country = c.country().isEmpty() ? null : c.country();
            if (c.kind() != ActorKind.STATE) {
                d.type = Draft.Type.NAME;
                return !(c.kind() == ActorKind.ORGANIZATION && isPlaceAfterIn(d));
            }
            boolean capital = c.source() == Source.CAPITAL;
            if (reading.classify(d.firstToken, d.lastToken, capital) != Reading.AGENT) {
                return false;
            }
            String institution =
                    capital ? seatMetonyms.get(TextFolding.fold(tokens.text().substring(d.begin, d.end))) : null;
            if (institution != null) {
                d.kind = ActorKind.ORGANIZATION;
                d.entityId = institution;
                d.country = null;
                d.type = Draft.Type.METONYM;
                d.rule = "seat";
                return true;
            }
            d.type = capital ? Draft.Type.METONYM : Draft.Type.NAME;
            d.rule = capital ? "capital" : "state";
            return true;
        }

        /**
         * An organisation named after its town, where the text means the town: {@code celebrations
         * in Leicester} (the club is {@code Leicester}, {@code at Chelsea} the club's ground).
         */
        private boolean isPlaceAfterIn(Draft d) {
            String before = tokens.word(d.firstToken - 1);
            if (!tokens.isLowerWord(d.firstToken - 1) || !IN_PLACE.contains(before)) {
                return false;
            }
            return PlaceNames.isPlace(tokens.text().substring(d.begin, d.end), d.lastToken - d.firstToken + 1);
        }

        private void addCovering(List<Draft> drafts, List<Draft> added) {
            for (Draft d : added) {
                drafts.add(d);
                int first = tokens.startingAt(d.begin);
                int last = tokens.endingAt(d.end);
                for (int i = Math.max(first, 0); i <= last; i++) {
                    covered[i] = true;
                }
            }
        }

        /**
         * {@code the presidency} after {@code the Turkish presidency}: a definite head noun of an
         * organisation named before stands for it (SUMMARY 003). So does the capitalised head of a
         * name in {@code X of Y} ({@code the Bank} after {@code the Bank of England}, {@code the
         * Ministry} after {@code the Ministry of Defence}; heldout rule 11).
         */
        private List<Draft> orgAnaphora(List<Draft> drafts) {
            Map<String, Draft> byHead = new HashMap<>();
            Map<String, Draft> byCapitalHead = new HashMap<>();
            List<Draft> sorted = new ArrayList<>(drafts);
            sorted.sort(Draft.BY_BEGIN);
            List<Draft> found = new ArrayList<>();
            int next = 0;
            for (int i = 0; i < tokens.size(); i++) {
                while (next < sorted.size()
                        && sorted.get(next).end <= tokens.get(i).begin()) {
                    addHeads(sorted.get(next++), byHead, byCapitalHead);
                }
                if (covered[i] || !tokens.word(i - 1).equals("the") || byHead.isEmpty() && byCapitalHead.isEmpty()) {
                    continue; // no anaphor here: no need to look the word up
                }
                boolean lower = tokens.isLowerWord(i);
                Draft antecedent = lower
                        ? byHead.get(tokens.word(i))
                        : tokens.get(i).sentenceStart() ? null : byCapitalHead.get(tokens.word(i));
                if (antecedent != null
                        && (lower || tokens.isCapitalisedWord(i))
                        && !tokens.word(i + 1).equals("of")
                        && !tokens.isCapitalisedWord(i + 1)) {
                    found.add(anaphor(i, antecedent));
                }
            }
            return found;
        }

        /** Records the heads by which the rest of the text may refer to an organisation's name. */
        private void addHeads(Draft d, Map<String, Draft> byHead, Map<String, Draft> byCapitalHead) {
            if (d.kind != ActorKind.ORGANIZATION || d.entityId.isEmpty()) {
                return;
            }
            int last = tokens.endingAt(d.end);
            if (tokens.isLowerWord(last) && ANAPHORA_HEADS.contains(tokens.word(last))) {
                byHead.put(tokens.word(last), d);
            }
            int first = tokens.startingAt(d.begin);
            if (first >= 0
                    && first < last
                    && tokens.isCapitalisedWord(first)
                    && tokens.word(first + 1).equals("of")) {
                byCapitalHead.put(tokens.word(first), d);
            }
            if (first >= 0
                    && first < last
                    && tokens.isCapitalisedWord(last)
                    && ctx.is(ActorLexicon.Words.ORG_SUFFIXES, last)) {
                byCapitalHead.put(tokens.word(last), d); // "the Parliament" after "the European Parliament"
            }
        }

        private Draft anaphor(int i, Draft antecedent) {
            Draft d = new Draft(
                    tokens.get(i).begin(),
                    tokens.get(i).end(),
                    ActorKind.ORGANIZATION,
                    Draft.Type.TITLE,
                    "org-anaphora");
            d.entityId = antecedent.entityId;
            d.country = antecedent.country;
            return d;
        }

        private void attachPreNames(List<Draft> drafts, List<TitleFinder.PreName> preNames) {
            Map<Integer, Draft> byBegin = new HashMap<>();
            for (Draft d : drafts) {
                if (d.type == Draft.Type.NAME) {
                    byBegin.put(d.begin, d);
                }
            }
            for (TitleFinder.PreName p : preNames) {
                Draft d = byBegin.get(tokens.get(p.nameToken()).begin());
                if (d != null && d.kind == ActorKind.PERSON && p.office() != null) {
                    d.hasPreNameTitle = true;
                    d.preNameCounterpart = p.counterpart();
                    d.office = p.office();
                    d.country = p.country();
                    d.titleBegin = p.titleBegin();
                    d.titleOfOrganisation = p.ofOrganisation();
                }
            }
        }

        private List<Draft> withoutNested(List<Draft> drafts) {
            drafts.sort(Draft.LONGEST_FIRST);
            List<Draft> kept = new ArrayList<>();
            int coveredTo = -1;
            for (Draft d : drafts) {
                if (d.begin >= coveredTo) {
                    kept.add(d);
                    coveredTo = d.end;
                }
            }
            return kept;
        }

        /**
         * A form two entries share resolves, in this order: by case, when only some entries write
         * it as the text does ({@code INDIA} the alliance, {@code India} the state); to the one the
         * document names unambiguously, earlier first; to the one whose country the document is
         * most about ({@link #countryEvidence}). Otherwise it stays unresolved with an {@code
         * ambiguous-actor} finding.
         */
        private void resolveAmbiguous(List<Draft> drafts) {
            Map<String, Integer> evidence = null;
            for (Draft d : drafts) {
                if (d.candidates.isEmpty()) {
                    continue;
                }
                Set<String> ids = new LinkedHashSet<>();
                for (Candidate c : d.candidates) {
                    ids.add(c.id());
                }
                String how = "+case";
                String chosen = byCase(d);
                if (chosen == null) {
                    how = "+context";
                    chosen = firstMentioned(drafts, ids, d.begin, true);
                }
                if (chosen == null) {
                    chosen = firstMentioned(drafts, ids, d.begin, false);
                }
                if (chosen == null) {
                    if (evidence == null) {
                        evidence = countryEvidence(drafts);
                    }
                    how = "+country";
                    chosen = byCountry(d.candidates, evidence);
                }
                if (chosen == null) {
                    d.entityId = "";
                    d.rule = "ambiguous";
                    addAmbiguous(d, ids);
                    d.candidates = List.of();
                    continue;
                }
                for (Candidate c : d.candidates) {
                    if (c.id().equals(chosen)) {
                        if (!asName(d, c)) {
                            d.type = null;
                        }
                        d.rule = c.rule() + how;
                        break;
                    }
                }
                d.candidates = List.of();
            }
        }

        private void addAmbiguous(Draft d, Set<String> ids) {
            String text = tokens.text().substring(d.begin, d.end);
            findings.add(new ActorFinding(
                    d.begin,
                    d.end,
                    ActorFinding.AMBIGUOUS,
                    "'" + text + "' may be any of " + String.join(", ", ids),
                    "write the full name in the document, or give one of " + String.join(", ", ids)
                            + " a distinguishing alias in the actor registry"));
        }

        /**
         * The one entry whose form is written in the case of the text, when the others differ: an
         * acronym form ({@code INDIA}) matches only capitals, a name form ({@code India}) only a
         * name written in lower case. Null when case does not decide, and in a run of words in
         * capitals (a headline or dateline), where case says nothing.
         */
        private String byCase(Draft d) {
            if (tokens.isUpperRun(d.firstToken, d.lastToken)) {
                return null;
            }
            boolean upper = tokens.isUpperSpan(d.begin, d.end);
            String found = null;
            for (Candidate c : d.candidates) {
                if (Tokens.isUpperForm(c.form()) == upper) {
                    if (found != null && !found.equals(c.id())) {
                        return null;
                    }
                    found = c.id();
                }
            }
            return found;
        }

        /**
         * How much the document is about each country: a mention of a state, its capital or a
         * demonym (also where they are places: {@code in Kenya}, {@code Nairobi (AFP)}), and each
         * mention of a registry entry of that country.
         */
        private Map<String, Integer> countryEvidence(List<Draft> drafts) {
            Map<String, Integer> counts = new HashMap<>();
            for (int m = 0; m < ctx.matches.size(); m++) {
                NameMatch match = ctx.matches.get(m);
                Candidate c = match.first();
                if (match.unambiguous()
                        && c.kind() == ActorKind.STATE
                        && !c.country().isEmpty()) {
                    counts.merge(c.country(), 1, Integer::sum);
                }
            }
            for (Draft d : drafts) {
                if (d.candidates.isEmpty() && d.kind != ActorKind.STATE && d.country != null && !d.entityId.isEmpty()) {
                    counts.merge(d.country, 1, Integer::sum);
                }
            }
            return counts;
        }

        /** The candidate of the country with the most evidence, when one country leads; else null. */
        private static String byCountry(List<Candidate> candidates, Map<String, Integer> evidence) {
            String best = null;
            int bestCount = 0;
            boolean tie = false;
            Set<String> seen = new LinkedHashSet<>();
            for (Candidate c : candidates) {
                if (!seen.add(c.id())) {
                    continue;
                }
                int count = c.country().isEmpty() ? 0 : evidence.getOrDefault(c.country(), 0);
                if (count > bestCount) {
                    best = c.id();
                    bestCount = count;
                    tie = false;
                } else if (count == bestCount) {
                    tie = true;
                }
            }
            return tie || best == null ? null : best;
        }

        /**
         * Of the candidates named unambiguously before (or after) {@code at}, the one named first:
         * news introduces its main actor first and names a namesake in full ({@code Justin Trudeau …
         * his father, Pierre Elliott Trudeau … Trudeau said}), so a bare surname keeps to the one
         * introduced first.
         */
        private String firstMentioned(List<Draft> drafts, Set<String> ids, int at, boolean before) {
            Draft first = null;
            for (Draft other : drafts) {
                if (!other.candidates.isEmpty() || other.entityId.isEmpty() || (other.begin < at) != before) {
                    continue;
                }
                if (ids.contains(other.entityId) && (first == null || other.begin < first.begin)) {
                    first = other;
                }
            }
            return first == null ? null : first.entityId;
        }

        /** Resolves TITLE mentions (and groups of titles) with the document date, in text order. */
        private void resolveTitles(List<Draft> drafts) {
            for (int i = 0; i < drafts.size(); i++) {
                Draft d = drafts.get(i);
                if (d.type == Draft.Type.GROUP && !d.members.isEmpty()) {
                    resolveTitleGroup(d);
                } else if (d.type == Draft.Type.TITLE && d.office != null) {
                    resolveTitle(drafts, i, d);
                }
            }
        }

        private void resolveTitle(List<Draft> drafts, int i, Draft d) {
            if (d.appositionToken >= 0 && resolveApposition(drafts, i)) {
                return;
            }
            if (d.appositionAfterToken >= 0) {
                resolveApposedName(drafts, i);
                return;
            }
            String office = d.office;
            String how = "role";
            if (office.equals(Offices.COUNTERPART)) {
                office = antecedentOffice(drafts, i, d.begin);
                how = "counterpart";
            }
            if (office != null && Offices.get().isLocal(office)) {
                Draft holder = holderSince(drafts, i, office, 0); // the governor the story named last
                if (holder == null) {
                    d.type = null; // "upheld the governor's election": one of many governors
                    return;
                }
                takeHolder(d, holder, "context-holder", office);
                return;
            }
            String country = d.country;
            if (country == null) {
                Cue cue = contextCue(drafts, i);
                country = cue == null ? null : cue.country();
                how = "context-role";
                if (office != null) {
                    Draft holder = recentHolder(drafts, i, office);
                    if (holder != null && (cue == null || holder.begin > cue.begin())) {
                        d.office = office;
                        takeHolder(d, holder, "context-holder", office);
                        return;
                    }
                }
                Draft earlier = cue == null && office != null ? holderSince(drafts, i, office, 0) : null;
                if (earlier != null) {
                    // Nothing nearer says whose: the story's holder named paragraphs before ("Alexis
                    // Tsipras's hand in talks …" two paragraphs above "the prime minister said").
                    d.office = office;
                    takeHolder(d, earlier, "earlier-holder", office);
                    return;
                }
                if (country == null) {
                    d.type = null;
                    return;
                }
            }
            d.country = country;
            if (office == null) {
                d.rule = how + ":?/" + country;
                return;
            }
            d.office = office;
            d.entityId = holder(office, country, d);
            d.rule = how + ":" + office + "/" + country + (undated ? "@undated" : "");
        }

        /**
         * A title in apposition to a person's name ({@code the state's premier, Malu Dreyer,})
         * denotes that person. An unknown name, or none, leaves out a title that only the
         * apposition made one, so the gate reports the person once. False when the title stands
         * on its own and no person's name follows.
         */
        private boolean resolveApposition(List<Draft> drafts, int index) {
            Draft d = drafts.get(index);
            int begin = tokens.get(d.appositionToken).begin();
            for (int j = index + 1; j < drafts.size() && drafts.get(j).begin <= begin; j++) {
                Draft name = drafts.get(j);
                if (name.begin != begin || name.kind != ActorKind.PERSON || name.type != Draft.Type.NAME) {
                    continue;
                }
                if (name.entityId.isEmpty() && d.country == null) {
                    d.type = null;
                    return true;
                }
                d.entityId = name.entityId;
                d.rule = "apposition:" + d.office;
                return true;
            }
            if (d.appositionOnly) {
                d.type = null;
                return true;
            }
            return false;
        }

        /** Makes a bare title a mention of the office holder found for it, by the named rule. */
        private void takeHolder(Draft d, Draft holder, String rule, String office) {
            d.entityId = holder.entityId;
            d.country = holder.country;
            d.rule = rule + ":" + office + "/" + holder.country;
        }

        /**
         * A title set off after a registry person's name ({@code Olaf Scholz, the German
         * chancellor,}) denotes that person, whatever the office says on the date; with no such
         * name before it, it is left out.
         */
        private void resolveApposedName(List<Draft> drafts, int index) {
            Draft d = drafts.get(index);
            int end = tokens.get(d.appositionAfterToken).end();
            for (int j = index - 1; j >= 0; j--) {
                Draft name = drafts.get(j);
                if (name.end == end && name.kind == ActorKind.PERSON && name.type == Draft.Type.NAME) {
                    if (name.entityId.isEmpty()) {
                        break;
                    }
                    d.entityId = name.entityId;
                    d.rule = "apposition:" + d.office;
                    return;
                }
                if (name.end < end) {
                    break;
                }
            }
            d.type = null;
        }

        private void resolveTitleGroup(Draft group) {
            List<String> ids = new ArrayList<>();
            for (String[] member : group.members) {
                ids.add(holder(member[0], member[1], group));
            }
            group.entityId = ids.contains("") ? "" : String.join(",", ids);
            group.rule = "group:titles:" + group.members.get(0)[0];
        }

        /** The one holder of an office on the date, or "" (with a finding when several held it). */
        private String holder(String office, String country, Draft at) {
            Set<String> ids = roles.holders(office, country, date);
            if (ids.size() == 1) {
                return ids.iterator().next();
            }
            if (ids.size() > 1) {
                addSeveralHolders(office, country, at, ids);
            }
            return "";
        }

        private void addSeveralHolders(String office, String country, Draft at, Set<String> ids) {
            findings.add(new ActorFinding(
                    at.begin,
                    at.end,
                    ActorFinding.AMBIGUOUS,
                    "several actors held " + office + "/" + country + " in " + date + ": " + String.join(", ", ids),
                    "give the document an exact date, or name the person"));
        }

        /**
         * The office of the nearest actor before {@code offset} that has one: a title, a name after
         * a title, or a registry person holding a role on the date ("his Russian counterpart").
         */
        private String antecedentOffice(List<Draft> drafts, int index, int offset) {
            for (int j = index - 1; j >= 0; j--) {
                Draft a = drafts.get(j);
                if (a.begin >= offset || a.kind != ActorKind.PERSON) {
                    continue;
                }
                if (a.type == Draft.Type.TITLE && a.office != null && !a.office.equals(Offices.COUNTERPART)) {
                    return a.office;
                }
                if (a.type == Draft.Type.NAME) {
                    if (a.hasPreNameTitle && a.office != null && !a.office.equals(Offices.COUNTERPART)) {
                        return a.office;
                    }
                    if (!a.entityId.isEmpty()) {
                        List<RoleIndex.Office> held = roles.officesOf(a.entityId, date);
                        if (!held.isEmpty()) {
                            return held.get(0).office();
                        }
                    }
                }
            }
            return null;
        }

        /**
         * For a bare title ({@code the chancellor}): the person named last in this or the previous
         * paragraph who holds the office on the date, whatever the country, since news names a
         * person and then refers to them by office. It wins over a country named before it (the
         * country of a foreign company named in between says nothing about who the chancellor is),
         * not over one named after it. Null when there is none.
         */
        private Draft recentHolder(List<Draft> drafts, int index, String office) {
            return holderSince(drafts, index, office, previousParagraphStart(drafts.get(index).begin));
        }

        /** The person named last before draft {@code index}, from {@code limit} on, who holds the office. */
        private Draft holderSince(List<Draft> drafts, int index, String office, int limit) {
            for (int j = index - 1; j >= 0; j--) {
                Draft a = drafts.get(j);
                if (a.begin < limit) {
                    break;
                }
                if (a.kind != ActorKind.PERSON
                        || a.entityId.isEmpty()
                        || a.type != Draft.Type.NAME && a.type != Draft.Type.TITLE) {
                    continue;
                }
                for (RoleIndex.Office held : roles.officesOf(a.entityId, date)) {
                    if (Offices.get().isFormOf(office, held.office())) { // "the governor": a central bank governor
                        Draft found = new Draft(a.begin, a.end, a.kind, a.type, a.rule);
                        found.entityId = a.entityId;
                        found.country = held.country();
                        return found;
                    }
                }
            }
            return null;
        }

        /**
         * The country cue for a bare title ("the president"): the nearest state, organisation of a
         * state, or title with a country in this or the previous paragraph, or the nearest name of
         * a state there, also where it is a place ({@code a UK-wide vote}, {@code in Kenya}) and so
         * no actor. A capital read as a place ({@code a visit to Washington}) or a demonym ({@code
         * Canadians}) says too little. Null when there is none.
         */
        private Cue contextCue(List<Draft> drafts, int index) {
            int at = drafts.get(index).begin;
            int limit = previousParagraphStart(at);
            Cue cue = null;
            for (int j = index - 1; j >= 0; j--) {
                Draft a = drafts.get(j);
                if (a.begin < limit) {
                    break;
                }
                if (a.type == Draft.Type.GROUP
                        || a.kind == ActorKind.PERSON && a.type != Draft.Type.TITLE
                        || a.type == Draft.Type.TITLE && a.rule.startsWith("context-")) {
                    continue; // a title that took its country from the context passes on no cue
                }
                if (a.country != null) {
                    cue = new Cue(a.begin, a.country);
                    break;
                }
            }
            for (int m = ctx.firstMatchFrom(limit); m < ctx.matches.size(); m++) {
                NameMatch match = ctx.matches.get(m);
                if (match.begin() >= at) {
                    break;
                }
                Candidate c = match.first();
                if ((cue == null || match.begin() > cue.begin())
                        && match.unambiguous()
                        && c.source() == Source.STATE_NAME) {
                    cue = new Cue(match.begin(), c.country());
                }
            }
            return cue;
        }

        private int previousParagraphStart(int offset) {
            String text = tokens.text();
            int lineStart = text.lastIndexOf('\n', offset - 1);
            if (lineStart < 0) {
                return 0;
            }
            int k = lineStart;
            while (k > 0 && Character.isWhitespace(text.charAt(k - 1))) {
                k--;
            }
            int previous = text.lastIndexOf('\n', k - 1);
            return previous < 0 ? 0 : previous + 1;
        }

        /**
         * A title right before a name that contradicts the registry: a finding. The comparison is
         * lenient, since news writes titles short: a generic form of a registry office is
         * consistent ({@code Interior Minister} for {@code junior interior minister}, {@code
         * President} for {@code jaxa president} or {@code president of the european council}),
         * and so is an office the person holds for another country or organisation than the one
         * the text names only through an organisation. A contradiction is a title that fits none
         * of the offices held on the document date, or, when the registry gives none on that date,
         * a title that fits an office held at another time (out of date); an office the registry
         * never mentions for the person is no contradiction, only a gap.
         */
        private void checkPreNameTitles(List<Draft> drafts) {
            for (int i = 0; i < drafts.size(); i++) {
                Draft d = drafts.get(i);
                if (d.type == Draft.Type.NAME
                        && d.hasPreNameTitle
                        && !d.entityId.isEmpty()
                        && roles.hasRoles(d.entityId)) {
                    checkPreNameTitle(drafts, i, d);
                }
            }
        }

        private void checkPreNameTitle(List<Draft> drafts, int i, Draft d) {
            String office = d.preNameCounterpart ? antecedentOffice(drafts, i, d.titleBegin) : d.office;
            if (office == null) {
                return;
            }
            String country = d.titleOfOrganisation ? null : d.country;
            List<RoleIndex.Office> held = roles.officesOf(d.entityId, date);
            boolean holds = false;
            for (RoleIndex.Office o : held) {
                holds |= fits(office, country, o);
            }
            if (held.isEmpty()) {
                boolean heldOnceOrLater = false;
                for (RoleIndex.Office o : roles.allOfficesOf(d.entityId)) {
                    heldOnceOrLater |= fits(office, country, o);
                }
                holds = !heldOnceOrLater;
            }
            if (!holds) {
                addTitleMismatch(d, office);
            }
        }

        private void addTitleMismatch(Draft d, String office) {
            String title = tokens.text().substring(d.titleBegin, d.begin).strip();
            String name = tokens.text().substring(d.begin, d.end);
            findings.add(new ActorFinding(
                    d.begin,
                    d.end,
                    ActorFinding.TITLE_MISMATCH,
                    "'" + title + "' before '" + name + "', but the registry gives " + d.entityId + " no role " + office
                            + (d.country == null ? "" : "/" + d.country) + " in " + date,
                    "check the title in the text, or add the role to '" + d.entityId + "' in the actor registry"));
        }
    }
}
