package org.corpusqa.locations;

import java.util.List;

/**
 * One gazetteer entry.
 *
 * @param id gazetteer id: the GeoNames id for the embedded gazetteer, the user's id for a project
 *     gazetteer
 * @param kind COUNTRY, ADMIN or CITY; OTHER for continents and for project entries that are neither
 * @param featureCode the GeoNames feature code ({@code PCLI}, {@code ADM1}, {@code PPLC} for a
 *     capital, {@code PPLA} for the seat of a first-level division …); empty when unknown
 * @param name canonical name
 * @param names the names the entry is known by, canonical name first (for a division also its
 *     short form, {@code Idlib} for {@code Idlib Governorate})
 * @param alternateNames further spellings and exonyms from GeoNames ({@code Kiev}, {@code Raqqa}),
 *     matched with a little less confidence than {@code names}
 * @param latitude decimal degrees; a country's centroid, a division's seat
 * @param longitude decimal degrees
 * @param countryCode ISO 3166-1 alpha-2 code; empty for a continent
 * @param population inhabitants; for a division the sum over its cities in the gazetteer; 0 when
 *     unknown
 * @param admin1 GeoNames first-level division code ({@code 12} for Idlib in SY) of a city or a
 *     division; empty for a country
 */
public record Place(
        String id,
        PlaceKind kind,
        String featureCode,
        String name,
        List<String> names,
        List<String> alternateNames,
        double latitude,
        double longitude,
        String countryCode,
        long population,
        String admin1) {

    public Place {
        names = List.copyOf(names);
        alternateNames = List.copyOf(alternateNames);
    }

    /** True for a country's capital city. */
    public boolean isCapital() {
        return featureCode.startsWith("PPLC");
    }

    /** True for the seat of a first-level division (or a capital). */
    public boolean isSeat() {
        return featureCode.equals("PPLA") || isCapital();
    }

    /** Great-circle distance to {@code other} in kilometres. */
    public double distanceKm(Place other) {
        return Geo.distanceKm(latitude, longitude, other.latitude, other.longitude);
    }

    /** The {@code id:name:CC} form used in {@code Location.candidates}. */
    public String describe() {
        return id + ":" + name + ":" + countryCode;
    }
}
