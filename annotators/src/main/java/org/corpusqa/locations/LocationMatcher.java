package org.corpusqa.locations;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds and resolves place names in a text, without UIMA: {@link NameSpotter} finds the names,
 * {@link PlaceCues} reads the type words around them, {@link PlaceResolver} chooses a reading with
 * the help of the document (the countries it mentions, places resolved without doubt, the place
 * named next to each, the reading a name had earlier), and {@link UnknownPlaceFinder} adds places
 * the gazetteers do not know.
 *
 * <p>Thread-safe and immutable once built; building one compiles the Aho-Corasick automaton over
 * every gazetteer name, so share it ({@link #embedded()} is built once per JVM).
 */
public final class LocationMatcher {

    /** Inhabitants below which a town named by a common English word needs evidence of a place. */
    private static final long SMALL_TOWN = 100_000;

    private final Gazetteer gazetteer;
    private final NameSpotter spotter;

    public LocationMatcher(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.spotter = new NameSpotter(gazetteer);
    }

    /** The matcher over the embedded gazetteer, built on first use and shared by the JVM. */
    public static LocationMatcher embedded() {
        return EmbeddedHolder.INSTANCE;
    }

    /** The gazetteer this matcher resolves against. */
    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /** Place mentions in {@code text}, in text order. */
    public List<LocationMatch> match(String text) {
        return match(text, Set.of());
    }

    /**
     * Place mentions in {@code text}, in text order.
     *
     * @param contextCountries ISO codes of countries the document is known to be about (for
     *     instance the states its actors resolved to); they favour readings in those countries
     */
    public List<LocationMatch> match(String text, Set<String> contextCountries) {
        char[] foldedChars = TextFolder.foldChars(text);
        String folded = new String(foldedChars);
        TextLayout layout = new TextLayout(text);
        List<NameSpotter.Spot> spots = spotter.spot(layout, folded, foldedChars);
        Set<String> writtenAsNames = new HashSet<>();
        for (NameSpotter.Spot spot : spots) {
            if (!spot.countryOnly()) {
                writtenAsNames.add(spot.key());
            }
        }
        List<Candidate> candidates = new ArrayList<>(spots.size());
        for (NameSpotter.Spot spot : spots) {
            // "Flint Mayor" opening a paragraph is the Flint the story names elsewhere as a place
            List<Gazetteer.NameEntry> readings = spot.countryOnly() && writtenAsNames.contains(spot.key())
                    ? gazetteer.entries(spot.key())
                    : readings(spot);
            if (!readings.isEmpty()) {
                candidates.add(new Candidate(spot, readings, PlaceCues.cue(folded, spot.begin(), spot.end())));
            }
        }
        Set<String> context = countriesBeyondDoubt(layout, candidates, contextCountries);
        List<LocationMatch> result = resolveAll(layout, folded, candidates, context);
        List<TextLayout.Span> taken = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            taken.add(new TextLayout.Span(c.spot().begin(), c.spot().end()));
        }
        List<TextLayout.Span> divisions = new ArrayList<>();
        for (LocationMatch m : result) {
            if (m.isResolved() && m.kind() == PlaceKind.ADMIN) {
                divisions.add(new TextLayout.Span(m.begin(), m.end()));
            }
        }
        result.addAll(UnknownPlaceFinder.find(layout, folded, taken, divisions));
        result.sort(Comparator.comparingInt(LocationMatch::begin));
        return result;
    }

    private List<Gazetteer.NameEntry> readings(NameSpotter.Spot spot) {
        List<Gazetteer.NameEntry> entries = gazetteer.entries(spot.key());
        return spot.countryOnly() ? countryReadings(entries) : entries;
    }

    private static List<Gazetteer.NameEntry> countryReadings(List<Gazetteer.NameEntry> entries) {
        List<Gazetteer.NameEntry> countries = new ArrayList<>();
        for (Gazetteer.NameEntry e : entries) {
            if (e.place().kind() == PlaceKind.COUNTRY) {
                countries.add(e);
            }
        }
        return List.copyOf(countries);
    }

    /**
     * Countries of places whose every reading is the same place ({@code Idlib}, not {@code
     * Tripoli}) and of the dateline's place (where the story was filed), then countries named,
     * when the name still means the country in the light of the former ({@code Georgia} in a text
     * about Atlanta and Asheville is the state): evidence that does not rest on the resolver's
     * guesses about other places.
     */
    private static Set<String> countriesBeyondDoubt(TextLayout layout, List<Candidate> candidates, Set<String> given) {
        Set<String> countries = new HashSet<>(given);
        List<Candidate> open = new ArrayList<>();
        PlaceResolver.Evidence none = new PlaceResolver.Evidence(null, Set.of(), null, List.of());
        for (Candidate candidate : candidates) {
            Place first = candidate.readings().get(0).place();
            if (allSamePlace(first, candidate.readings())) {
                countries.add(first.countryCode());
            } else if (layout.isInDateline(
                    candidate.spot().begin(), candidate.spot().end())) {
                countries.add(
                        PlaceResolver.resolve(candidate.readings(), none).best().countryCode());
            } else {
                open.add(candidate);
            }
        }
        PlaceResolver.Evidence known = new PlaceResolver.Evidence(null, Set.copyOf(countries), null, List.of());
        for (Candidate candidate : open) {
            Place best = PlaceResolver.resolve(candidate.readings(), known).best();
            if (best.kind() == PlaceKind.COUNTRY) {
                countries.add(best.countryCode());
            }
        }
        countries.remove("");
        return countries;
    }

    private static boolean allSamePlace(Place first, List<Gazetteer.NameEntry> readings) {
        for (Gazetteer.NameEntry e : readings) {
            if (PlaceResolver.isOtherPlace(first, e.place())) {
                return false;
            }
        }
        return true;
    }

    private List<LocationMatch> resolveAll(
            TextLayout layout, String folded, List<Candidate> candidates, Set<String> context) {
        Map<String, Place> earlier = new HashMap<>();
        List<LocationMatch> result = new ArrayList<>(candidates.size());
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            Collection<Place> neighbours = neighbours(layout, candidates, i);
            PlaceResolver.Evidence evidence = new PlaceResolver.Evidence(
                    c.cue(), context, earlier.get(c.spot().key()), neighbours);
            PlaceResolver.Resolution r = PlaceResolver.resolve(c.readings(), evidence);
            if (isWeekdayBeforeDate(folded, c.spot())
                    || isSpeaker(folded, c.spot(), r.best())
                    || isPersonWithAge(folded, c.spot(), r.best())
                    || !earlier.containsKey(c.spot().key()) // one sense per document: "in Flint", then "Flint Mayor"
                            && isWordWithoutPlaceEvidence(layout, folded, c, !neighbours.isEmpty())) {
                continue;
            }
            if (isUnlistedCounty(folded, c)) {
                result.add(new LocationMatch(
                        c.spot().begin(), c.spot().end(), null, PlaceKind.ADMIN, List.of(), "unknown:county"));
                continue;
            }
            earlier.put(c.spot().key(), r.best());
            result.add(new LocationMatch(
                    c.spot().begin(), c.spot().end(), r.best(), r.best().kind(), r.alternatives(), "gazetteer"));
        }
        return result;
    }

    /**
     * {@code Harrison County}, {@code Orleans Parish}: the name is a county, which the gazetteer
     * (first-level divisions only) does not hold when it has no division of that name; better
     * reported as unknown than resolved to a town of the same name far away.
     */
    private static boolean isUnlistedCounty(String folded, Candidate c) {
        String after = PlaceCues.wordAfter(folded, c.spot().end());
        if (!Words.COUNTY_AFTER.contains(after == null ? "" : after)) {
            return false;
        }
        for (Gazetteer.NameEntry e : c.readings()) {
            if (e.place().kind() == PlaceKind.ADMIN) {
                return false;
            }
        }
        return true;
    }

    /**
     * Readings of the names right before and after, when only a comma separates them: {@code
     * Atlanta, Georgia}, {@code MUNICH, Germany}, {@code Idlib, Syria}.
     */
    private static Collection<Place> neighbours(TextLayout layout, List<Candidate> candidates, int i) {
        List<Place> result = new ArrayList<>();
        String text = layout.text();
        Candidate c = candidates.get(i);
        if (i > 0
                && isCommaPair(
                        text, candidates.get(i - 1).spot().end(), c.spot().begin())) {
            addPlaces(candidates.get(i - 1).readings(), result);
        }
        if (i + 1 < candidates.size()
                && isCommaPair(
                        text, c.spot().end(), candidates.get(i + 1).spot().begin())) {
            addPlaces(candidates.get(i + 1).readings(), result);
        }
        return result;
    }

    private static void addPlaces(List<Gazetteer.NameEntry> readings, List<Place> places) {
        for (Gazetteer.NameEntry e : readings) {
            places.add(e.place());
        }
    }

    private static boolean isCommaPair(String text, int end, int nextBegin) {
        return nextBegin - end == 2 && text.charAt(end) == ',' && text.charAt(end + 1) == ' ';
    }

    /**
     * A town right before a verb of saying is more likely a person's surname ({@code Jackson
     * said}), unless a preposition makes it the place of someone else's words ({@code officials
     * in Mobile said}). Countries and capitals speak for their governments and are left to the
     * actor annotator.
     */
    private static boolean isSpeaker(String folded, NameSpotter.Spot spot, Place best) {
        if (best.kind() == PlaceKind.COUNTRY || best.isCapital() || spot.end() >= folded.length()) {
            return false;
        }
        String next = PlaceCues.wordAfter(folded, spot.end());
        return next != null
                && Words.REPORTING_VERBS.contains(next)
                && !Words.PREPOSITIONS.contains(PlaceCues.wordBefore(folded, spot.begin()));
    }

    /**
     * A month ({@code March 2}, {@code in May}; always a date before a number) or a common English
     * word that is only the name of a small town ({@code God}, {@code the Bank}, {@code Bath}) is a place only where the text says
     * so: a type word ({@code the town of March}), a place named next to it across a comma
     * ({@code March, Cambridgeshire}), a dateline, or, for a word that is no month, a place
     * preposition before it ({@code flooding in Bath}). Large places named by a common word
     * ({@code Mobile}, {@code Reading}) keep the reading the capital letter gives them.
     */
    private static boolean isWordWithoutPlaceEvidence(
            TextLayout layout, String folded, Candidate c, boolean hasNeighbour) {
        NameSpotter.Spot spot = c.spot();
        boolean month = Words.MONTHS.contains(spot.key());
        if (!month && !(spot.commonWord() && onlySmallTowns(c.readings()))) {
            return false;
        }
        if (month && isFollowedByDigit(folded, spot.end())) {
            return true; // "MEXICO CITY, March 2": a date, whatever is named before it
        }
        if (c.cue() != null || hasNeighbour || layout.isInDateline(spot.begin(), spot.end())) {
            return false;
        }
        if (month) {
            return true;
        }
        String before = PlaceCues.wordBefore(folded, spot.begin());
        boolean preposition = Words.PREPOSITIONS.contains(before)
                && !before.equals("of")
                && spot.begin() > 0
                && folded.charAt(spot.begin() - 1) == ' ';
        return !preposition;
    }

    /** {@code Mon, August 26}: a weekday's abbreviation before a date, not Mon State. */
    private static boolean isWeekdayBeforeDate(String folded, NameSpotter.Spot spot) {
        if (!WEEKDAY_ABBREVIATIONS.contains(spot.key())) {
            return false;
        }
        int next = spot.end() + (spot.end() < folded.length() && folded.charAt(spot.end()) == ',' ? 1 : 0);
        String word = PlaceCues.wordAfter(folded, next);
        return word != null && Words.MONTHS.contains(word) || isFollowedByDigit(folded, next);
    }

    private static final Set<String> WEEKDAY_ABBREVIATIONS = Set.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");

    private static boolean isFollowedByDigit(String folded, int end) {
        return end + 1 < folded.length() && folded.charAt(end) == ' ' && Character.isDigit(folded.charAt(end + 1));
    }

    private static boolean onlySmallTowns(List<Gazetteer.NameEntry> readings) {
        for (Gazetteer.NameEntry e : readings) {
            Place p = e.place();
            if (p.kind() == PlaceKind.COUNTRY || p.kind() == PlaceKind.ADMIN || p.population() >= SMALL_TOWN) {
                return false;
            }
        }
        return true;
    }

    /** {@code Eugene, 34,}: a name followed by an age is a person's. */
    private static boolean isPersonWithAge(String folded, NameSpotter.Spot spot, Place best) {
        if (best.kind() == PlaceKind.COUNTRY || !folded.startsWith(", ", spot.end())) {
            return false;
        }
        int i = spot.end() + 2;
        int digits = 0;
        while (i < folded.length() && Character.isDigit(folded.charAt(i)) && digits < 4) {
            i++;
            digits++;
        }
        return digits >= 1
                && digits <= 3
                && i < folded.length()
                && (folded.charAt(i) == ',' || folded.charAt(i) == ')');
    }

    private record Candidate(NameSpotter.Spot spot, List<Gazetteer.NameEntry> readings, PlaceKind cue) {}

    private static final class EmbeddedHolder {
        static final LocationMatcher INSTANCE = new LocationMatcher(Gazetteer.embedded());
    }
}
