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
 * <p>Each reading gets a score: the order of magnitude of its population, plus one and a half for a
 * country (a country name means the country, also in city-states), plus one for a capital and a little for a division's seat,
 * minus one for a division named without a type word (bare names are usually cities: {@code
 * Washington}, {@code Aleppo}), minus a little for a GeoNames alternate spelling; three for
 * agreeing with a cue word ({@code province}, {@code city of}), two for the reading the same name
 * had earlier in the document, one and a half for lying in a country the document is about. The
 * place named next to it settles the matter: when a reading contains or lies in a reading of the
 * name across a comma ({@code Atlanta, Georgia}, {@code Paris, Texas}), only such readings compete. Readings of the same place — the
 * same country and within 161 km, such as the city of Idlib and Idlib province — are one place for
 * ambiguity; another place whose score is within one point of the best is reported as an
 * alternative.
 */
final class PlaceResolver {

    /** Two readings closer than this (and in the same country) are the same place for ambiguity. */
    static final double SAME_PLACE_KM = 161;

    private static final double CLOSE = 1.0;
    private static final int MAX_ALTERNATIVES = 4;

    /** The chosen reading and the other places that stayed close to it. */
    record Resolution(Place best, List<Place> alternatives) {}

    /** What the document says beyond the name itself. */
    record Evidence(PlaceKind cue, Set<String> contextCountries, Place earlierReading, Collection<Place> neighbours) {}

    private PlaceResolver() {}

    static Resolution resolve(List<Gazetteer.NameEntry> entries, Evidence evidence) {
        List<Gazetteer.NameEntry> placed = entries.stream()
                .filter(e -> fitsNeighbour(e.place(), evidence.neighbours()))
                .toList();
        List<Scored> scored = new ArrayList<>(entries.size());
        for (Gazetteer.NameEntry entry : placed.isEmpty() ? entries : placed) {
            scored.add(new Scored(entry.place(), score(entry, evidence)));
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed());
        Scored best = scored.get(0);
        List<Place> alternatives = new ArrayList<>();
        for (Scored other : scored.subList(1, scored.size())) {
            if (other.score() < best.score() - CLOSE || alternatives.size() == MAX_ALTERNATIVES) {
                break;
            }
            if (isOtherPlace(best.place(), other.place())
                    && alternatives.stream().allMatch(a -> isOtherPlace(a, other.place()))) {
                alternatives.add(other.place());
            }
        }
        return new Resolution(best.place(), alternatives);
    }

    static double score(Gazetteer.NameEntry entry, Evidence evidence) {
        Place place = entry.place();
        double score = Math.log10(Math.max(place.population(), 1000));
        switch (place.kind()) {
            case COUNTRY -> score += 1.5;
            case ADMIN -> score += evidence.cue() == PlaceKind.ADMIN ? 3 : -1;
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

    /** True when two readings are different places: other country, or more than 161 km apart. */
    static boolean isOtherPlace(Place a, Place b) {
        return !a.countryCode().equals(b.countryCode()) || a.distanceKm(b) > SAME_PLACE_KM;
    }

    private record Scored(Place place, double score) {}
}
