package org.corpusqa.actors;

import org.corpusqa.locations.Gazetteer;
import org.corpusqa.locations.Place;
import org.corpusqa.locations.PlaceKind;

/**
 * Whether a capitalised phrase the unknown-name rules found is better known as a place: {@code
 * Nuevo Leon}, {@code São Paulo}, {@code Koblenz}. Such a phrase is left to the location annotator
 * (GUIDELINES: only countries and capitals stand for a government), so that the gate does not
 * report a place as an actor missing from the registry.
 *
 * <p>A phrase of several words is a place when the embedded gazetteer knows it at all. A single
 * word is a place only when it names a country, a first-level division or a city of 100,000: many
 * smaller towns share a surname ({@code Clinton}, {@code Milton}), and a surname alone is how news
 * writes a person named before.
 */
final class PlaceNames {
    private static final long SINGLE_WORD_MIN_POPULATION = 100_000;

    private PlaceNames() {}

    /**
     * @param name the phrase as written
     * @param words how many words it has
     */
    static boolean isPlace(String name, int words) {
        for (Place place : Gazetteer.embedded().lookup(name)) {
            if (words > 1 || place.kind() != PlaceKind.CITY || place.population() >= SINGLE_WORD_MIN_POPULATION) {
                return true;
            }
        }
        return false;
    }
}
