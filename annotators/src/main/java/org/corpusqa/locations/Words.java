package org.corpusqa.locations;

import java.util.Locale;
import java.util.Set;

/** Small closed word classes the matching rules test against, all lower case. */
final class Words {

    static final Set<String> MONTHS = Set.of(
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
            "jan",
            "feb",
            "mar",
            "apr",
            "jun",
            "jul",
            "aug",
            "sep",
            "sept",
            "oct",
            "nov",
            "dec");

    static final Set<String> WEEKDAYS =
            Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    static final Set<String> HOLIDAYS =
            Set.of("christmas", "easter", "ramadan", "eid", "passover", "hanukkah", "diwali", "thanksgiving");

    /** Type words after a name that make it a first-level division: {@code Idlib province}. */
    static final Set<String> ADMIN_AFTER = Set.of(
            "province",
            "provinces",
            "governorate",
            "governorates",
            "region",
            "oblast",
            "krai",
            "state",
            "county",
            "parish",
            "district",
            "prefecture",
            "municipality",
            "countryside");

    /** The sixteen ways of writing the eight compass points: {@code south-east of Melbourne}. */
    static final Set<String> COMPASS_POINTS = Set.of(
            "north",
            "south",
            "east",
            "west",
            "northeast",
            "northwest",
            "southeast",
            "southwest",
            "north-east",
            "north-west",
            "south-east",
            "south-west");

    /** Type words after a name for a division below the first level: {@code Harrison County}. */
    static final Set<String> COUNTY_AFTER = Set.of("county", "parish");

    /** Type words after a name that make it a populated place: {@code Aleppo city}. */
    static final Set<String> CITY_AFTER = Set.of("city", "town", "village");

    /** Type words before {@code of} that make the following name a division: {@code province of Idlib}. */
    static final Set<String> ADMIN_BEFORE_OF =
            Set.of("province", "provinces", "governorate", "region", "state", "county", "district", "oblast");

    /** Type words before {@code of} that make the following name a populated place: {@code city of Sochi}. */
    static final Set<String> CITY_BEFORE_OF = Set.of("city", "town", "village", "port", "capital");

    /** Capitalised words before a name that do not make it part of a longer name. */
    static final Set<String> NAME_QUALIFIERS = Set.of(
            "north",
            "south",
            "east",
            "west",
            "northern",
            "southern",
            "eastern",
            "western",
            "central",
            "northeast",
            "northwest",
            "southeast",
            "southwest",
            "northeastern",
            "northwestern",
            "southeastern",
            "southwestern",
            "greater",
            "upper",
            "lower",
            "old",
            "inner",
            "outer",
            "downtown",
            "rural",
            "metropolitan",
            "occupied");

    /** Function words that start sentences: {@code In Aleppo, …}. */
    static final Set<String> FUNCTION_WORDS = Set.of(
            "a",
            "an",
            "the",
            "in",
            "at",
            "on",
            "near",
            "from",
            "to",
            "into",
            "and",
            "but",
            "or",
            "for",
            "of",
            "by",
            "with",
            "without",
            "after",
            "before",
            "outside",
            "inside",
            "across",
            "around",
            "throughout",
            "like",
            "unlike",
            "while",
            "when",
            "where",
            "since",
            "until",
            "both",
            "neither",
            "either",
            "only",
            "even",
            "also",
            "meanwhile",
            "elsewhere",
            "as",
            "if",
            "this",
            "that",
            "these",
            "those",
            "each",
            "every",
            "its",
            "his",
            "her",
            "their",
            "our",
            "my",
            "your",
            "which",
            "whose",
            "another",
            "all",
            "some",
            "many",
            "most",
            "about",
            "over",
            "under",
            "between",
            "via",
            "within",
            "beyond",
            "toward",
            "towards",
            "against",
            "amid",
            "among",
            "during",
            "despite",
            "so",
            "then",
            "yet",
            "not",
            "no",
            "here",
            "there",
            "now",
            "today",
            "yesterday",
            "tomorrow",
            "last",
            "next");

    /** Prepositions that make the following name a place: {@code officials in Mobile said}. */
    static final Set<String> PREPOSITIONS = Set.of(
            "in",
            "at",
            "from",
            "near",
            "of",
            "across",
            "around",
            "outside",
            "inside",
            "to",
            "into",
            "throughout",
            "within",
            "for",
            "over",
            "toward",
            "towards",
            "via");

    /** Verbs of saying: a city name right before one is more likely a person's surname. */
    static final Set<String> REPORTING_VERBS = Set.of(
            "said",
            "says",
            "told",
            "tells",
            "added",
            "adds",
            "stated",
            "argued",
            "explained",
            "noted",
            "wrote",
            "tweeted",
            "asked",
            "insisted",
            "stressed",
            "warned",
            "claimed",
            "replied",
            "answered",
            "recalled",
            "reported",
            "reports",
            "quoted",
            "cited",
            "announced",
            "confirmed",
            "denied",
            "accused");

    /**
     * Offices of a city or region written after its name and before a person's: the name is the
     * jurisdiction, a place ({@code Paris Mayor Anne Hidalgo}, {@code Ontario Premier Doug Ford}),
     * not part of a longer name.
     */
    static final Set<String> LOCAL_OFFICES = Set.of(
            "mayor",
            "mayoral",
            "governor",
            "premier",
            "prosecutor",
            "prosecutors",
            "police",
            "sheriff",
            "prefect",
            "council",
            "councillor",
            "councillors",
            "councilor",
            "councilors",
            "senator",
            "congressman",
            "congresswoman",
            "legislator",
            "legislators",
            "lawmaker",
            "lawmakers");

    /**
     * Last words of the names of streets, buildings, venues and sites, which are not places in the
     * sense of the guidelines ({@code Rio Salado Parkway}, {@code Lusail Stadium}).
     */
    static final Set<String> SITE_WORDS = Set.of(
            "street",
            "st",
            "avenue",
            "ave",
            "road",
            "rd",
            "boulevard",
            "blvd",
            "parkway",
            "drive",
            "lane",
            "highway",
            "freeway",
            "expressway",
            "motorway",
            "square",
            "plaza",
            "bridge",
            "park",
            "stadium",
            "arena",
            "airport",
            "station",
            "mall",
            "market",
            "centre",
            "center",
            "hall",
            "palace",
            "tower",
            "cathedral",
            "church",
            "mosque",
            "temple",
            "hospital",
            "university",
            "college",
            "school",
            "base",
            "camp",
            "dam",
            "port");

    /** Words that make the following capitalised name a person's. */
    static final Set<String> PERSON_TITLES = Set.of(
            "mr",
            "mrs",
            "ms",
            "dr",
            "sir",
            "lord",
            "lady",
            "president",
            "senator",
            "sen",
            "rep",
            "gov",
            "governor",
            "mayor",
            "minister",
            "judge",
            "general",
            "gen",
            "colonel",
            "col",
            "captain",
            "capt",
            "king",
            "queen",
            "prince",
            "princess",
            "sheikh",
            "pope",
            "father",
            "saint",
            "st");

    private Words() {}

    static boolean isCalendarWord(String lower) {
        return MONTHS.contains(lower) || WEEKDAYS.contains(lower) || HOLIDAYS.contains(lower);
    }

    /**
     * True for words shaped like a demonym or nationality adjective ({@code Syrian}, {@code
     * Turkish}, {@code Chinese}, {@code Korean}, {@code American}). Forms in -i ({@code Iraqi}) are
     * left out: too many place names end that way.
     */
    static boolean looksLikeDemonym(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.length() > 4
                && (w.endsWith("ian")
                        || w.endsWith("ean")
                        || w.endsWith("ese")
                        || w.endsWith("ish")
                        || w.endsWith("ican"));
    }

    /**
     * True for a long -ing or -ed word or an adjective-shaped one ({@code Neighbouring}, {@code
     * Beleaguered}, {@code Landlocked}, {@code Eastern}); short -ing words are often names ({@code
     * Irving}).
     */
    static boolean looksLikeModifier(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.length() >= 8 && w.endsWith("ing")
                || w.length() >= 6 && w.endsWith("ed")
                || w.length() > 4
                        && (w.endsWith("ern")
                                || w.endsWith("ful")
                                || w.endsWith("ous")
                                || w.endsWith("ive")
                                || w.endsWith("ic")
                                || w.endsWith("al")
                                || w.endsWith("less")
                                || w.endsWith("ly"));
    }
}
