package org.corpusqa.locations;

/** What kind of place a Location names (the {@code placeKind} feature). */
public enum PlaceKind {
    /** A sovereign state or dependent territory. */
    COUNTRY,
    /** A first-level division: province, governorate, state, region, oblast. */
    ADMIN,
    /** A populated place: city, town, village. */
    CITY,
    /** A place that is neither, or whose kind is unknown. */
    OTHER
}
