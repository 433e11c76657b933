package org.corpusqa.numbers;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The English words the number rules read: number words, scales, vague plurals, months,
 * currencies, and the small closed classes that decide between a year and a count. All keys are
 * lowercase; lookups take the lowercase form of a token.
 */
final class NumberLexicon {
    /** {@code zero} to {@code nineteen}. */
    static final Map<String, Integer> SMALL =
            indexed("zero one two three four five six seven eight nine ten eleven twelve thirteen "
                    + "fourteen fifteen sixteen seventeen eighteen nineteen");

    /** {@code twenty} to {@code ninety}, value / 10. */
    static final Map<String, Integer> TENS = indexed("- - twenty thirty forty fifty sixty seventy eighty ninety");

    /** Ordinal words below twenty: {@code first} to {@code nineteenth}. */
    static final Map<String, Integer> SMALL_ORDINALS =
            indexed("zeroth first second third fourth fifth sixth seventh eighth ninth tenth eleventh "
                    + "twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth "
                    + "nineteenth");

    /** {@code twentieth} to {@code ninetieth}, value / 10. */
    static final Map<String, Integer> TENS_ORDINALS =
            indexed("- - twentieth thirtieth fortieth fiftieth sixtieth seventieth eightieth ninetieth");

    /** Scale words written out. {@code hundred} multiplies inside a group, the others close a group. */
    static final Map<String, Double> SCALE_WORDS = Map.of(
            "hundred", 1e2,
            "thousand", 1e3,
            "million", 1e6,
            "billion", 1e9,
            "trillion", 1e12,
            "lakh", 1e5,
            "crore", 1e7);

    /** Ordinal scale words: {@code hundredth}. */
    static final Map<String, Double> SCALE_ORDINALS =
            Map.of("hundredth", 1e2, "thousandth", 1e3, "millionth", 1e6, "billionth", 1e9);

    /** Scale abbreviations that may stand as a word of their own: {@code 1.2 bn}. */
    static final Map<String, Double> SCALE_ABBREVIATIONS =
            Map.of("bn", 1e9, "bln", 1e9, "mn", 1e6, "mln", 1e6, "tn", 1e12, "trn", 1e12);

    /** Scale abbreviations written onto the digits: {@code 1.2bn}, {@code 5m}, {@code 10k}. */
    static final Map<String, Double> ATTACHED_SCALES =
            Map.of("bn", 1e9, "bln", 1e9, "b", 1e9, "mn", 1e6, "mln", 1e6, "m", 1e6, "k", 1e3, "tn", 1e12, "trn", 1e12);

    /**
     * Unit symbols written onto the digits ({@code 5km}, {@code 40C}): the number is the digits alone.
     * Matched case-sensitively, because {@code 5G} or {@code 3D} are names, not quantities.
     */
    static final Set<String> ATTACHED_UNITS =
            words("km kms cm mm kg kgs g mg lb lbs oz ft mph kph kmh C F ha sqkm kW MW GW kWh MWh GWh "
                    + "TWh GB MB TB Mbps Gbps MHz GHz ml l L x bpd yo");

    /** Sports distances where {@code 100m} means metres, not millions. */
    static final Set<String> METRE_EVENTS =
            words("sprint race hurdles freestyle butterfly breaststroke backstroke relay medley dash "
                    + "final title record run steeplechase");

    /**
     * Vague plurals, lower and upper bound: {@code hundreds} 200..999. Following SUMMARY.md,
     * {@code millions} reaches up to a billion, {@code thousands} stops below {@code tens of
     * thousands}, a dozen times two opens {@code dozens}, and a score (20) times two opens
     * {@code scores}.
     */
    static final Map<String, double[]> VAGUE_PLURALS = Map.of(
            "hundreds", new double[] {200, 999},
            "thousands", new double[] {2_000, 9_999},
            "millions", new double[] {2e6, 999_999_999},
            "billions", new double[] {2e9, 999_999_999_999d},
            "trillions", new double[] {2e12, 999_999_999_999_999d},
            "dozens", new double[] {24, 99},
            "scores", new double[] {40, 99},
            "tens", new double[] {20, 99});

    /** Scales a vague plural can multiply: {@code hundreds of thousands}. */
    static final Map<String, Double> VAGUE_SCALES = Map.of("thousands", 1e3, "millions", 1e6, "billions", 1e9);

    /** Fraction denominators: {@code a third of}, {@code two-thirds}. */
    static final Map<String, Integer> DENOMINATORS = denominators();

    /** Month names and their usual abbreviations, 1-based. */
    static final Map<String, Integer> MONTHS = months();

    /**
     * The ISO 4217 code of a currency sign, or null. A switch rather than a {@code Map<Character,
     * String>}: every symbol token is asked, and a switch needs neither a boxed char nor a probe.
     */
    static String currencyOfSign(char c) {
        return switch (c) {
            case '$' -> "USD";
            case '€' -> "EUR";
            case '£' -> "GBP";
            case '¥' -> "JPY";
            case '₹' -> "INR";
            case '₽' -> "RUB";
            case '₺' -> "TRY";
            case '₩' -> "KRW";
            case '₦' -> "NGN";
            case '₪' -> "ILS";
            case '₱' -> "PHP";
            case '₴' -> "UAH";
            default -> null;
        };
    }

    /** Letters written before a dollar sign: {@code US$}, {@code A$}, {@code HK$}. */
    static final Map<String, String> DOLLAR_PREFIXES = Map.of(
            "us", "USD", "a", "AUD", "au", "AUD", "c", "CAD", "ca", "CAD", "hk", "HKD", "nz", "NZD", "s", "SGD", "r",
            "BRL", "nt", "TWD");

    /** ISO codes and abbreviations written as a word before or after the amount: {@code USD 5m}. */
    static final Map<String, String> CURRENCY_CODES = currencyCodes();

    /** Marks a currency name that names no currency without an adjective: {@code Mexican pesos}. */
    static final String NEEDS_ADJECTIVE = "?";

    /** The generic name a written form belongs to: {@code pesos} to {@code peso}. */
    static final Map<String, String> GENERIC_CURRENCY_NAMES = Map.of(
            "peso", "peso", "pesos", "peso", "krona", "krona", "kronor", "krona", "kronur", "krona", "krone", "krone",
            "kroner", "krone");

    /** Currency names written after the amount: {@code 5 million dollars}. */
    static final Map<String, String> CURRENCY_NAMES = currencyNames();

    /**
     * The currency a generic name stands for in a story about one of these countries: {@code 20
     * pesos} in a story about Mexico are Mexican pesos.
     */
    static final Map<String, Map<String, String>> CURRENCY_BY_COUNTRY = Map.of(
            "peso",
                    Map.of(
                            "MX", "MXN", "AR", "ARS", "PH", "PHP", "CL", "CLP", "CO", "COP", "UY", "UYU", "DO", "DOP",
                            "CU", "CUP"),
            "krona", Map.of("SE", "SEK", "IS", "ISK"),
            "krone", Map.of("NO", "NOK", "DK", "DKK"));

    /** Adjectives that pick the currency of a generic name: {@code Australian dollars}. */
    static final Map<String, String> CURRENCY_ADJECTIVES = Map.ofEntries(
            Map.entry("us", "USD"),
            Map.entry("american", "USD"),
            Map.entry("australian", "AUD"),
            Map.entry("canadian", "CAD"),
            Map.entry("singapore", "SGD"),
            Map.entry("taiwan", "TWD"),
            Map.entry("egyptian", "EGP"),
            Map.entry("syrian", "SYP"),
            Map.entry("lebanese", "LBP"),
            Map.entry("pakistani", "PKR"),
            Map.entry("indian", "INR"),
            Map.entry("turkish", "TRY"),
            Map.entry("swiss", "CHF"),
            Map.entry("saudi", "SAR"),
            Map.entry("british", "GBP"),
            Map.entry("mexican", "MXN"),
            Map.entry("argentine", "ARS"),
            Map.entry("philippine", "PHP"),
            Map.entry("colombian", "COP"),
            Map.entry("chilean", "CLP"),
            Map.entry("zimbabwean", "ZWL"),
            Map.entry("jamaican", "JMD"),
            Map.entry("swedish", "SEK"),
            Map.entry("norwegian", "NOK"),
            Map.entry("danish", "DKK"),
            Map.entry("icelandic", "ISK"));

    /** Words after a number that make it a clock time, not a quantity. */
    static final Set<String> TIME_WORDS = words("am pm gmt utc bst cet cest edt est hrs");

    /**
     * Words before digits that make the digits a label, in any case: {@code Article 5}, {@code
     * Resolution 2254}, {@code Flight 370}, {@code phase 3}, {@code category 5}.
     */
    static final Set<String> DESIGNATORS =
            words("article articles section chapter resolution phase stage level category tier grade page "
                    + "proposition propositions "
                    + "paragraph clause version verse episode flight gate terminal platform room route highway "
                    + "interstate");

    /**
     * Words before digits that make the digits part of a name only when capitalized: {@code Windows
     * 10}, {@code Apollo 11}, {@code Note 7}, {@code Boeing 737}, {@code Vision 2030}, {@code Season 2}, stock
     * indices such as {@code FTSE 100} and {@code S&P 500}.
     */
    static final Set<String> NAME_DESIGNATORS =
            words("apollo boeing airbus windows formula channel model iphone galaxy note pixel covid sars mers vision "
                    + "agenda district ward precinct division league act protocol lot bus line block unit "
                    + "exhibit item ps playstation xbox season series part volume number chapter radio ftse nasdaq "
                    + "stoxx nikkei cac dax russell p ipad hr euro expo copa");

    /** Lower-case words before a hyphen and digits that still name a code: {@code covid-19}. */
    static final Set<String> LOWER_CASE_CODES = words("covid sars cov mers ncov");

    /** Verbs after which {@code from X to Y} is an interval, not a change: {@code ranged from 5 to 9}. */
    static final Set<String> RANGE_VERBS = words("range ranged ranges ranging vary varied varies varying");

    /** Lowercase prefixes that may join a year with a hyphen: {@code mid-2019}, {@code post-2011}. */
    static final Set<String> YEAR_PREFIXES = words("mid pre post early late end circa c");

    /** Prepositions after which a 4-digit number is a year: {@code since 2012}, {@code in 2018}. */
    static final Set<String> YEAR_PREPOSITIONS =
            words("in since until till before after during from through throughout between circa "
                    + "spring summer autumn fall winter early late mid year fiscal and or");

    /** Determiners after which a 4-digit number modifying a plural noun is still a year: {@code the 2019 elections}. */
    static final Set<String> DETERMINERS = words("the a an this that its his her their our my your whose s");

    /**
     * Words after a 4-digit number that make it a count even after a determiner: nouns a count
     * modifies ({@code its 1800 employees}) and the words of a partitive or a comparison
     * ({@code 2000 of them}, {@code 1500 more}).
     */
    static final Set<String> COUNT_CUES =
            words("people persons men women children kids boys girls babies adults soldiers troops "
                    + "police policemen officers civilians residents migrants workers employees jobs "
                    + "staff personnel students pupils patients cases deaths dead votes voters homes "
                    + "houses buildings families households villages vehicles cars trucks tanks rockets "
                    + "missiles shells bombs pages words km kilometres kilometers miles metres meters "
                    + "feet tonnes tons barrels acres hectares calories units pieces copies seats members "
                    + "fans delegates protesters demonstrators fighters militants rebels prisoners "
                    + "detainees inmates passengers visitors tourists participants athletes doctors "
                    + "nurses teachers beds doses tests infections flights ships boats aircraft planes "
                    + "points animals cattle sheep birds trees species companies firms schools hospitals "
                    + "farmers candidates refugees casualties victims survivors dollars euros of more "
                    + "other others additional new extra");

    /** Nouns an attributive year often modifies: {@code the 2019 elections}, {@code 2018 talks}. */
    static final Set<String> YEAR_NOUNS =
            words("elections polls games olympics talks protests riots floods attacks accords "
                    + "agreements championships playoffs finals results figures levels rates prices sales "
                    + "earnings budgets accounts negotiations sanctions reforms events clashes uprisings "
                    + "wildfires fires bombings killings strikes hearings summits campaigns");

    /** Words before a number that mean a sports score ({@code won 3-1}), not a range. */
    static final Set<String> SCORE_WORDS =
            words("won win wins beat beats beaten lost lose loses defeat defeated defeats victory "
                    + "draw drew drawn trailing trailed led leading score scored scoreline thrashed edged "
                    + "routed hammered downed thumped against tie tied series");

    /** The word {@code one} as a pronoun when one of these comes before it: {@code no one}, {@code the one}. */
    static final Set<String> PRONOUN_ONE_BEFORE =
            words("no the this that any every each which another whichever someone");

    /** The word {@code one} as a pronoun when one of these comes after it: {@code one of}, {@code one another}. */
    static final Set<String> PRONOUN_ONE_AFTER = words("of another who whom whose s");

    /** Hyphen compounds of {@code one} that are idioms, not counts: {@code one-off}, {@code one-sided}. */
    static final Set<String> ONE_IDIOMS = words("off time sided on way liner stop size");

    /** Words after {@code a second} that make it a unit of time, not an ordinal. */
    static final Set<String> SECOND_AS_TIME_AFTER =
            words("later ago or and before after to longer earlier too of in for on at with the as " + "per each");

    private NumberLexicon() {}

    /** The words of a space-separated list. */
    private static Set<String> words(String list) {
        return Set.of(list.split(" "));
    }

    /** Each word of a space-separated list mapped to its position; {@code -} keeps a position free. */
    private static Map<String, Integer> indexed(String list) {
        String[] words = list.split(" ");
        Map<String, Integer> map = new HashMap<>();
        for (int i = 0; i < words.length; i++) {
            if (!words[i].equals("-")) {
                map.put(words[i], i);
            }
        }
        return Map.copyOf(map);
    }

    private static Map<String, Integer> denominators() {
        Map<String, Integer> map = new HashMap<>();
        String[][] forms = {
            {"half", "halves"},
            {"third", "thirds"},
            {"quarter", "quarters"},
            {"fifth", "fifths"},
            {"sixth", "sixths"},
            {"seventh", "sevenths"},
            {"eighth", "eighths"},
            {"ninth", "ninths"},
            {"tenth", "tenths"}
        };
        for (int i = 0; i < forms.length; i++) {
            for (String form : forms[i]) {
                map.put(form, i + 2);
            }
        }
        return Map.copyOf(map);
    }

    private static Map<String, Integer> months() {
        String[] names = {
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
            "december"
        };
        Map<String, Integer> map = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            map.put(names[i], i + 1);
            map.put(names[i].substring(0, 3), i + 1);
        }
        map.put("sept", 9);
        return Map.copyOf(map);
    }

    private static Map<String, String> currencyCodes() {
        Map<String, String> map = new HashMap<>();
        for (String code : new String[] {
            "USD", "EUR", "GBP", "JPY", "CNY", "INR", "CHF", "RUB", "TRY", "AUD", "CAD", "NZD", "HKD", "SGD", "SEK",
            "NOK", "DKK", "PLN", "ZAR", "BRL", "MXN", "KRW", "SAR", "AED", "ILS", "EGP", "NGN", "KES", "PKR", "IDR",
            "THB", "MYR", "UAH", "QAR", "KWD", "IRR", "SYP", "LBP", "ARS", "COP", "CLP", "TWD", "VND", "BDT"
        }) {
            map.put(code.toLowerCase(Locale.ROOT), code);
        }
        map.put("rmb", "CNY");
        map.put("rs", "INR");
        map.put("rp", "IDR");
        map.put("sh", "KES");
        map.put("ksh", "KES");
        return Map.copyOf(map);
    }

    private static Map<String, String> currencyNames() {
        Map<String, String> map = new HashMap<>();
        put(map, "USD", "dollar", "dollars");
        put(map, "EUR", "euro", "euros");
        put(map, "GBP", "pound", "pounds", "sterling");
        put(map, "JPY", "yen");
        put(map, "CNY", "yuan", "renminbi");
        put(map, "INR", "rupee", "rupees");
        put(map, "RUB", "rouble", "roubles", "ruble", "rubles");
        put(map, "TRY", "lira", "liras", "lire");
        put(map, "CHF", "franc", "francs");
        put(map, "SAR", "riyal", "riyals");
        put(map, "AED", "dirham", "dirhams");
        put(map, "ILS", "shekel", "shekels");
        put(map, "NGN", "naira");
        put(map, "ZAR", "rand");
        put(map, "PLN", "zloty", "zlotys");
        put(map, "UAH", "hryvnia", "hryvnias");
        put(map, "THB", "baht");
        put(map, "KRW", "won");
        put(map, "MYR", "ringgit");
        put(map, "IDR", "rupiah");
        GENERIC_CURRENCY_NAMES.keySet().forEach(name -> map.put(name, NEEDS_ADJECTIVE)); // pesos, kroner
        return Map.copyOf(map);
    }

    private static void put(Map<String, String> map, String code, String... names) {
        for (String name : names) {
            map.put(name, code);
        }
    }
}
