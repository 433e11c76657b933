package org.corpusqa.actors;

import java.util.Set;
import org.corpusqa.actors.ActorLexicon.Words;
import org.corpusqa.registry.ActorKind;

/**
 * Decides whether a country name or a capital is an actor (the state or its government acting,
 * being a party) or a place, from the syntax around it (GUIDELINES: Actor, METONYM; SUMMARY rules
 * 4 and 5).
 *
 * <p>Country names are agents unless the context makes them a place: a place preposition ({@code
 * in northwest Syria}, {@code come to Turkey}, {@code tensions over Syria}), a place noun after
 * a possessive ({@code Syria's Idlib province}) or a direction adjective. Capitals are places
 * unless the context makes them agents: subject of a verb ({@code Moscow said}), possessor
 * ({@code Moscow's relations}), {@code by X}, coordination with other parties ({@code between
 * Ankara and Moscow}), object of a verb like attack or criticise, or attributive before an actor
 * noun ({@code Damascus ally}, {@code Moscow air power}). The asymmetry is the news norm: a
 * country name mostly names the state, a city name mostly the place.
 */
final class StateReading {
    /** The reading of a name. */
    enum Reading {
        AGENT,
        PLACE,
        /** Part of a longer proper name ({@code George Washington}, {@code Moscow Times}). */
        PART_OF_NAME
    }

    private static final Set<String> AGENT_PREPOSITIONS = Set.of("by", "with", "between", "against", "among", "for");
    private static final Set<String> CALL_ON = Set.of(
            "call",
            "calls",
            "called",
            "calling",
            "pressure",
            "pressed",
            "sanctions",
            "embargo",
            "rely",
            "relies",
            "relied",
            "depend",
            "depends",
            "prevail",
            "prevailed",
            "urged",
            "appealed",
            "appeal");
    private static final Set<String> PREFIXES = Set.of("pro", "anti");
    /** Verbs that carry their object to a destination: {@code to X} after the object is a place. */
    private static final Set<String> CARRY_VERBS = Set.of(
            "bring",
            "brings",
            "brought",
            "bringing",
            "smuggle",
            "smuggled",
            "smuggling",
            "deport",
            "deported",
            "deporting",
            "relocate",
            "relocated",
            "transport",
            "transported",
            "ship",
            "shipped",
            "shipping",
            "evacuate",
            "evacuated",
            "airlift",
            "airlifted");
    /**
     * Second part of {@code UK-wide}, {@code Oslo-based}: the name before the hyphen is an area or
     * where something sits ({@code the Washington-based lender}), not an agent.
     */
    private static final Set<String> AREA_COMPOUNDS = Set.of("wide", "based");
    /**
     * Offices of a city or region written after its name: a capital before them names the
     * jurisdiction, not the state ({@code Paris Mayor}, {@code Tokyo Governor}, {@code Berlin
     * police}; heldout README rule 16).
     */
    private static final Set<String> LOCAL_OFFICES = Set.of(
            "mayor",
            "mayoral",
            "governor",
            "prosecutor",
            "prosecutors",
            "police",
            "council",
            "councillor",
            "councillors",
            "councilor",
            "sheriff",
            "prefect",
            "municipality");
    /** Nouns of a stance after which {@code towards X} names a party: {@code a softer tone towards Moscow}. */
    private static final Set<String> ATTITUDE_NOUNS = Set.of(
            "tone",
            "stance",
            "policy",
            "policies",
            "attitude",
            "approach",
            "hostility",
            "overture",
            "overtures",
            "posture",
            "gesture",
            "gestures",
            "line");
    /** Place nouns that are a place only as the head of their phrase: {@code India's most populous state}. */
    private static final Set<String> HEAD_ONLY = Set.of("state", "states");

    private static final Set<String> FUNCTION_WORDS = Set.of(
            "the", "a", "an", "and", "or", "but", "with", "by", "for", "as", "that", "which", "who", "is", "was", "are",
            "were", "has", "had", "have", "will", "would", "to", "be", "been", "not");

    private final TextContext ctx;
    private final Tokens t;

    StateReading(TextContext ctx) {
        this.ctx = ctx;
        this.t = ctx.tokens;
    }

    /** Reading of the name spanning tokens {@code first..last}. */
    Reading classify(int first, int last, boolean capital) {
        if (ctx.partOfLongerName(first, last)) {
            return Reading.PART_OF_NAME;
        }
        int chainStart = ctx.chainStart(first);
        int chainEnd = ctx.chainEnd(last);
        boolean datelinePlace = t.word(first - 1).equals(",")
                && t.isCapitalisedWord(first - 2)
                && t.get(first - 2).lineStart();
        if ((t.get(chainStart).lineStart() || datelinePlace) && isDatelineEnd(chainEnd + 1)) {
            return Reading.PLACE;
        }
        if (afterTownInPlace(first)) {
            return Reading.PLACE; // "at Radboud University in Nijmegen, the Netherlands"
        }
        Reading compound = compound(first, last);
        if (compound != null) {
            return compound;
        }
        if (capital && isLocalOffice(last + 1)) {
            return Reading.PLACE;
        }
        int possessive = t.possessiveLength(last);
        if (possessive > 0) {
            return possessedIsPlace(last + possessive + 1) ? Reading.PLACE : Reading.AGENT;
        }
        if (t.isLowerWord(last + 1) && isPlaceNoun(last + 1)) {
            return Reading.PLACE;
        }
        Reading attributive = capital ? null : attributive(last + 1);
        if (attributive != null) {
            return attributive;
        }
        Reading byPreposition = byPreposition(chainStart, chainEnd, capital);
        if (byPreposition != null) {
            return byPreposition;
        }
        if (!capital) {
            return Reading.AGENT;
        }
        return capitalAsAgent(first, last, chainEnd) ? Reading.AGENT : Reading.PLACE;
    }

    private boolean capitalAsAgent(int first, int last, int chainEnd) {
        int before = first - 1;
        if (t.word(before).equals("the")) {
            before--;
        }
        return ctx.is(Words.OBJECT_VERBS, before) && t.isLowerWord(before)
                || t.isLowerWord(last + 1) && ctx.is(Words.ACTOR_NOUNS, last + 1)
                || ctx.verbAfter(chainEnd)
                || ctx.relativeClauseAfter(chainEnd)
                || chainEnd != last && chainHasAgent(first, chainEnd)
                || verbAfterApposition(first, last);
    }

    /**
     * A name that opens its sentence and is followed by a phrase set off by commas and then a verb
     * ({@code Paris, keen to protect Mistral AI, dropped}, {@code Washington, Manila's oldest ally,
     * said}): the subject of that verb.
     */
    private boolean verbAfterApposition(int first, int last) {
        if (!t.get(first).sentenceStart() || !t.word(last + 1).equals(",")) {
            return false;
        }
        for (int j = last + 2; j < last + MAX_APPOSITION && t.valid(j); j++) {
            String w = t.word(j);
            if (w.equals(".") || w.equals(";") || w.equals(":") || w.equals("\"") || w.equals("“")) {
                return false;
            }
            if (w.equals(",")) {
                // a verb of doing or saying, not a copula: "Jakarta, home to 10 million people, is sinking"
                return ctx.isVerb(j + 1) && !ctx.is(Words.AUXILIARIES, j + 1);
            }
        }
        return false;
    }

    /** Tokens an apposition between a subject and its verb may take. */
    private static final int MAX_APPOSITION = 16;

    /** Whether another member of the coordination is a registry actor (a person or organisation). */
    private boolean chainHasAgent(int first, int chainEnd) {
        for (int i = ctx.chainStart(first); i <= chainEnd; i++) {
            int m = ctx.matchAt(i);
            if (m >= 0 && !ctx.isDemonym(m) && !ctx.isStateLike(m)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The reading from the preposition before the coordination, past {@code the} and place
     * adjectives; null when there is none that decides.
     */
    private Reading byPreposition(int chainStart, int chainEnd, boolean capital) {
        int k = chainStart - 1;
        boolean direction = false;
        for (int skip = 0; skip < 4 && t.valid(k); skip++) {
            if (t.word(k).equals("the")) {
                k--;
            } else if (ctx.is(Words.DIRECTION_ADJECTIVES, k) && t.isLowerWord(k)) {
                direction = true;
                k--;
            } else if (t.isLowerWord(k) && t.word(k - 1).equals("-") && t.joined(k - 1) && t.joined(k - 2)) {
                direction = true;
                k -= 3;
            } else {
                break;
            }
        }
        String prep = t.word(k);
        boolean asPreposition =
                t.isLowerWord(k) || t.isCapitalisedWord(k) && t.get(k).sentenceStart();
        if (AGENT_PREPOSITIONS.contains(prep) && asPreposition && !(capital && prep.equals("for"))) {
            return Reading.AGENT;
        }
        if (ctx.is(Words.PLACE_PREPOSITIONS, k) && asPreposition) {
            Reading reading = placePreposition(k, chainEnd, capital);
            if (reading == Reading.PLACE && t.word(chainStart - 1).equals(",") && ctx.verbAfter(chainEnd)) {
                return Reading.AGENT;
            }
            return reading;
        }
        return direction ? Reading.PLACE : null;
    }

    private Reading placePreposition(int k, int chainEnd, boolean capital) {
        String prep = t.word(k);
        int head = k - 1;
        while (t.isLowerWord(head) && isAdverb(t.word(head))) {
            head--;
        }
        switch (prep) {
            case "to":
                return ctx.is(Words.MOTION_WORDS, head) || carriedTo(head) || fromPlaceTo(head)
                        ? Reading.PLACE
                        : Reading.AGENT;
            case "from":
                return ctx.is(Words.REPRESENTATIVE_NOUNS, head) ? Reading.AGENT : Reading.PLACE;
            case "towards":
            case "toward":
                return ATTITUDE_NOUNS.contains(t.word(head)) ? Reading.AGENT : Reading.PLACE;
            case "on":
            case "upon":
                return CALL_ON.contains(t.word(head)) ? Reading.AGENT : Reading.PLACE;
            case "of":
                if (capital
                        || ctx.is(Words.PLACE_NOUNS, head)
                        || ctx.is(Words.TARGET_NOUNS, head)
                        || ctx.is(Words.DIRECTION_ADJECTIVES, head)
                        || isPersonName(head)) {
                    return Reading.PLACE; // "Simona Halep of Romania": where she is from
                }
                return Reading.AGENT;
            default:
                return Reading.PLACE;
        }
    }

    /**
     * Whether a person's name of two capitalised words ends at {@code head}, and no title or
     * organisation word is among them: {@code Simona Halep}, not {@code National Bank}.
     */
    private boolean isPersonName(int head) {
        int m = ctx.matchAt(head);
        if (m >= 0) {
            return ctx.matches.get(m).first().kind() == ActorKind.PERSON;
        }
        return t.isCapitalisedWord(head)
                && t.isCapitalisedWord(head - 1)
                && !FUNCTION_WORDS.contains(t.word(head - 1))
                && !ctx.is(Words.TITLE_WORDS, head)
                && !ctx.is(Words.TITLE_WORDS, head - 1)
                && !ctx.is(Words.ORG_SUFFIXES, head)
                && !ctx.is(Words.MONTHS_DAYS, head);
    }

    /** Whether a comma and a town after a place preposition come before the name: {@code in Nijmegen, the Netherlands}. */
    private boolean afterTownInPlace(int first) {
        int k = first - 1;
        if (t.word(k).equals("the")) {
            k--;
        }
        if (!t.word(k).equals(",") || !t.isCapitalisedWord(k - 1)) {
            return false;
        }
        int town = k - 1;
        while (town > k - 4 && t.isCapitalisedWord(town - 1) && !t.get(town).lineStart()) {
            town--;
        }
        int m = ctx.matchAt(k - 1);
        if (t.get(town).lineStart() || m >= 0 && ctx.isStateLike(m)) {
            return false; // "Britain, France and Germany": a list of states
        }
        return t.isLowerWord(town - 1) && TOWN_PREPOSITIONS.contains(t.word(town - 1));
    }

    private static final Set<String> TOWN_PREPOSITIONS = Set.of("in", "at", "from", "near", "outside");

    /** {@code from Rio de Janeiro to Brasília}: a place named after {@code from} just before. */
    private boolean fromPlaceTo(int head) {
        for (int k = head; k > head - 5 && (t.isCapitalisedWord(k) || t.isLowerWord(k) && k < head); k--) {
            if (t.word(k - 1).equals("from") && t.isCapitalisedWord(k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a verb that carries people or goods somewhere governs the object ending at {@code
     * head}: {@code bring family members to Germany}, {@code smuggled weapons to Syria}.
     */
    private boolean carriedTo(int head) {
        for (int k = head; k > head - 4 && t.isLowerWord(k); k--) {
            if (CARRY_VERBS.contains(t.word(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Hyphenated compounds: {@code Turkey-backed}, {@code Pro-Moscow} and {@code Russia-Turkey deal}
     * make the names parties; {@code Turkey-Syria border} makes them places. Null when the name is
     * in no compound.
     */
    private Reading compound(int first, int last) {
        boolean hyphenAfter = t.word(last + 1).equals("-") && t.joined(last) && t.joined(last + 1);
        boolean hyphenBefore = t.word(first - 1).equals("-") && t.joined(first - 2) && t.joined(first - 1);
        if (hyphenAfter && ctx.is(Words.COMPOUND_AGENT, last + 2)) {
            return Reading.AGENT;
        }
        if (hyphenAfter && AREA_COMPOUNDS.contains(t.word(last + 2))) {
            return Reading.PLACE;
        }
        if (hyphenBefore && PREFIXES.contains(t.word(first - 2))) {
            return Reading.AGENT;
        }
        int end = -1;
        if (hyphenAfter && ctx.inName(last + 2)) {
            end = ctx.last(ctx.matchAt(last + 2));
        } else if (hyphenBefore && ctx.inName(first - 2)) {
            end = last;
        }
        if (end < 0) {
            return null;
        }
        return t.isLowerWord(end + 1) && ctx.is(Words.PLACE_NOUNS, end + 1) ? Reading.PLACE : Reading.AGENT;
    }

    /**
     * Whether the words after a possessive name a place or its people rather than something the
     * state does or has: {@code Syria's northwestern Idlib province}, {@code Syria's opposition}.
     */
    private boolean possessedIsPlace(int from) {
        for (int i = from; i < from + 6 && (t.isWord(i) || isJoinedInside(i)); i++) {
            if (!t.isWord(i)) {
                continue; // "Chile's magnitude-8.8 earthquake"
            }
            if (ctx.inName(i) && !ctx.isStateLike(ctx.matchAt(i))) {
                return false;
            }
            if (t.isLowerWord(i) && isPlaceNoun(i)) {
                return true;
            }
            if (t.isLowerWord(i) && (ctx.is(Words.PLACE_PREPOSITIONS, i) || FUNCTION_WORDS.contains(t.word(i)))) {
                return false;
            }
        }
        return false;
    }

    /** A hyphen or point inside a word ({@code magnitude-8.8}): joined to the tokens on both sides. */
    private boolean isJoinedInside(int i) {
        String w = t.word(i);
        return (w.equals("-") || w.equals(".")) && t.joined(i - 1) && t.joined(i);
    }

    /** A place noun at token {@code i}; {@code state} only where its phrase ends. */
    private boolean isPlaceNoun(int i) {
        if (!ctx.is(Words.PLACE_NOUNS, i)) {
            return false;
        }
        if (!HEAD_ONLY.contains(t.word(i))) {
            return true;
        }
        int next = i + 1;
        return !t.isWord(next) && !t.word(next).equals("-")
                || FUNCTION_WORDS.contains(t.word(next))
                || ctx.is(Words.PLACE_PREPOSITIONS, next)
                || t.word(next).equals("where");
    }

    /**
     * A country name used attributively: before the state's own agents and acts it is the state
     * ({@code U.S. officials}, {@code U.S. tariffs}), before people and things merely in it a
     * place ({@code U.S. farmers}, {@code U.S. goods}, {@code Germany floods}), whatever
     * preposition comes before ({@code complain about U.S. tariffs}). The noun may be
     * capitalised ({@code the U.S. Market}) unless it is a name. Null when the next word says
     * neither.
     */
    private Reading attributive(int next) {
        if (!t.isWord(next) || ctx.inName(next) || !t.isLowerWord(next) && !t.isCapitalisedWord(next)) {
            return null;
        }
        if (t.isCapitalisedWord(next) && t.get(next).upper()) {
            return null;
        }
        if (ctx.is(Words.ATTRIBUTIVE_PLACE_NOUNS, next)) {
            return Reading.PLACE;
        }
        if (ctx.is(Words.ACTOR_NOUNS, next)) {
            return Reading.AGENT;
        }
        return null;
    }

    private boolean isLocalOffice(int i) {
        return t.isWord(i) && LOCAL_OFFICES.contains(t.word(i));
    }

    /** An adverb in {@code -ly} between a verb and its preposition, not a verb itself ({@code fly}, {@code rely}). */
    private boolean isAdverb(String word) {
        return word.endsWith("ly")
                && word.length() > 4
                && !ctx.lexicon.contains(Words.MOTION_WORDS, word)
                && !CALL_ON.contains(word);
    }

    private boolean isDatelineEnd(int i) {
        String w = t.word(i);
        return w.equals(":") || w.equals("(") || w.equals("—") || w.equals("-") && !t.joined(i - 1);
    }
}
