package org.corpusqa.locations;

import java.util.List;

/**
 * One place mention found by {@link LocationMatcher}.
 *
 * @param begin start offset in the text
 * @param end end offset (exclusive)
 * @param place the chosen reading; {@code null} for a place the gazetteers do not know
 * @param kind the chosen reading's kind, or the kind the cue words gave an unknown place
 * @param alternatives other readings that stayed close to the chosen one (different places that
 *     scored nearly as well); empty when the name is not ambiguous
 * @param rule how it was found: {@code gazetteer}, or {@code unknown:<cue>} for an unresolved
 *     place found through a cue such as {@code town of}
 */
public record LocationMatch(int begin, int end, Place place, PlaceKind kind, List<Place> alternatives, String rule) {

    public LocationMatch {
        alternatives = List.copyOf(alternatives);
    }

    /** True when the gazetteers know the place. */
    public boolean isResolved() {
        return place != null;
    }

    /** True when another reading stayed close to the chosen one. */
    public boolean isAmbiguous() {
        return !alternatives.isEmpty();
    }
}
