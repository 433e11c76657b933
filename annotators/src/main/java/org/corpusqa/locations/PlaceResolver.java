package org.corpusqa.locations;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Chooses the reading of a place name among its gazetteer entries, and says which other readings
 * stayed close.
 *
 * <p>The place named next to it across a comma settles the matter: when some readings contain or
 * lie in a reading of that neighbour ({@code Atlanta, Georgia}, {@code Paris, Texas}, {@code
 * Tripoli, Lebanon}), only they compete. Otherwise each reading is scored:
 *
 * <ul>
 *   <li>the order of magnitude of its population (a division's is summed over its cities of
 *       15,000, so it gets 0.3 more for what that misses);
 *   <li>+1.5 for a country: a country name means the country, also in city-states;
 *   <li>+1 for a capital, +0.3 for a division's seat;
 *   <li>−1.3 for a division named without a type word when a city of its own, or a seat in its
 *       country, bears the same name: bare {@code Aleppo}, {@code Moscow} or {@code Washington}
 *       mean the city, bare {@code Wyoming} or {@code Punjab} the division;
 *   <li>+3 for the kind a cue word calls for ({@code province}, {@code city of});
 *   <li>+2 for the reading the same name had earlier in the document (one sense per document);
 *   <li>+1.5 for lying in a country the document is about;
 *   <li>−0.3 when only a GeoNames alternate spelling matched, −1.5 when the name is also the
 *       proper name of another reading.
 * </ul>
 *
 * Readings of the same place (same country and within 161 km, like the city of Idlib and Idlib
 * province, or one inside the other, like New York city and state) count as one; another place
 * scoring within one point of the best is reported as an alternative.
 */
final class PlaceResolver {

    /** Two readings closer than this (and in the same country) are the same place for ambiguity. */
    static final double SAME_PLACE_KM = 161;

    private static final double CLOSE = 1.0;
    private static final int MAX_ALTERNATIVES = 4;

    private static final Comparator<Scored> BEST_FIRST =
            Comparator.comparingDouble(Scored::score).reversed();

    /** The chosen reading and the other places that stayed close to it. */
    record Resolution(Place best, List<Place> alternatives) {}

    /** What the document says beyond the name itself. */
    record Evidence(PlaceKind cue, Set<String> contextCountries, Place earlierReading, Collection<Place> neighbours) {}

    private PlaceResolver() {}

    static Resolution resolve(List<Gazetteer.NameEntry> entries, Evidence evidence) {
        List<Gazetteer.NameEntry> readings = fittingNeighbours(entries, evidence.neighbours());
        boolean someonesName = false;
        for (Gazetteer.NameEntry entry : readings) {
            someonesName |= entry.primary();
        }
        List<Scored> scored = new ArrayList<>(readings.size());
        for (Gazetteer.NameEntry entry : readings) {
            double score = score(entry, evidence);
            if (!entry.primary() && someonesName) {
                score -= 1.2; // "Victoria" is a name of Victoria, BC, before an old name of Hong Kong
            }
            if (entry.place().kind() == PlaceKind.ADMIN
                    && evidence.cue() != PlaceKind.ADMIN
                    && hasTownOfTheSameName(entry.place(), readings)) {
                score -= 1.3;
            }
            scored.add(new Scored(entry.place(), score));
        }
        scored.sort(BEST_FIRST);
        Scored best = scored.get(0);
        List<Place> alternatives = new ArrayList<>();
        for (Scored other : scored.subList(1, scored.size())) {
            if (other.score() < best.score() - CLOSE || alternatives.size() == MAX_ALTERNATIVES) {
                break;
            }
            if (isOtherPlace(best.place(), other.place()) && allOtherPlaces(alternatives, other.place())) {
                alternatives.add(other.place());
            }
        }
        return new Resolution(best.place(), alternatives);
    }

    /**
     * The readings that fit a place named next to the name ({@link #fitsNeighbour}), or all of
     * them when none does (and when there is no neighbour, as mostly).
     */
    private static List<Gazetteer.NameEntry> fittingNeighbours(
            List<Gazetteer.NameEntry> entries, Collection<Place> neighbours) {
        if (neighbours.isEmpty()) {
            return entries;
        }
        List<Gazetteer.NameEntry> placed = new ArrayList<>();
        for (Gazetteer.NameEntry entry : entries) {
            if (fitsNeighbour(entry.place(), neighbours)) {
                placed.add(entry);
            }
        }
        return placed.isEmpty() ? entries : placed;
    }

    private static boolean allOtherPlaces(List<Place> places, Place place) {
        for (Place p : places) {
            if (!isOtherPlace(p, place)) {
                return false;
            }
        }
        return true;
    }

    static double score(Gazetteer.NameEntry entry, Evidence evidence) {
        Place place = entry.place();
        double score = Math.log10(Math.max(place.population(), 1000));
        switch (place.kind()) {
            case COUNTRY -> score += 1.5;
            case ADMIN -> score += evidence.cue() == PlaceKind.ADMIN ? 3.3 : 0.3;
            case CITY -> score +=
                    (place.isCapital() ? 1 : place.isSeat() ? 0.3 : 0) + (evidence.cue() == PlaceKind.CITY ? 3 : 0);
            default -> {}
        }
        if (!entry.primary()) {
            score -= 0.3;
        }
        if (evidence.contextCountries().contains(place.countryCode())) {
            score += 1.5;
        }
        if (evidence.earlierReading() != null && evidence.earlierReading().id().equals(place.id())) {
            score += 2;
        }
        return score;
    }

    /**
     * True when a city of the division's country bears its name and is its own seat or a seat
     * anywhere in the country ({@code Idlib}, {@code Moscow}, {@code Washington}): a bare name then
     * means the city. {@code Wyoming}, {@code Texas} or {@code Punjab} keep the division.
     */
    private static boolean hasTownOfTheSameName(Place division, List<Gazetteer.NameEntry> readings) {
        for (Gazetteer.NameEntry entry : readings) {
            Place city = entry.place();
            if (city.kind() == PlaceKind.CITY
                    && city.countryCode().equals(division.countryCode())
                    && (city.admin1().equals(division.admin1()) || city.isSeat())) {
                return true;
            }
        }
        return false;
    }

    /** True when the place named next to it contains it or lies in it: {@code Atlanta, Georgia}. */
    private static boolean fitsNeighbour(Place place, Collection<Place> neighbours) {
        for (Place neighbour : neighbours) {
            if (contains(neighbour, place) || contains(place, neighbour)) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code outer} is the country or division {@code inner} lies in. */
    static boolean contains(Place outer, Place inner) {
        if (!outer.countryCode().equals(inner.countryCode()) || outer.id().equals(inner.id())) {
            return false;
        }
        return outer.kind() == PlaceKind.COUNTRY && inner.kind() != PlaceKind.COUNTRY
                || outer.kind() == PlaceKind.ADMIN
                        && inner.kind() == PlaceKind.CITY
                        && outer.admin1().equals(inner.admin1());
    }

    /**
     * True when two readings are different places: other country, or more than 161 km apart, and
     * neither lies in the other ({@code New York} the city lies in {@code New York} the state).
     */
    static boolean isOtherPlace(Place a, Place b) {
        boolean apart = !a.countryCode().equals(b.countryCode()) || a.distanceKm(b) > SAME_PLACE_KM;
        return apart && !contains(a, b) && !contains(b, a);
    }

    private record Scored(Place place, double score) {}
}
