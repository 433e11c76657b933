package org.corpusqa.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The two list notations of attribute values: {@code a|b} separates alternatives the gold
 * accepts, {@code a,b} joins the ids of one GROUP reading. A value such as
 * {@code RU|lavrov} or {@code GB,FR,DE|GB} is read as alternatives first, each alternative as a
 * set of ids. Alternatives are honoured on both sides, so that two gold versions can be
 * compared with each other (annotator agreement); system output normally has none.
 */
final class Alternatives {

    private Alternatives() {}

    /** The alternatives of a raw gold value; an empty value is the single alternative "". */
    static List<String> of(String raw) {
        List<String> alternatives = new ArrayList<>();
        for (String alternative : raw.split("\\|", -1)) {
            alternatives.add(alternative.strip());
        }
        return alternatives;
    }

    /** The ids of one alternative as a set, so that order and repeats do not matter. */
    static Set<String> idSet(String alternative) {
        Set<String> ids = new TreeSet<>();
        for (String id : alternative.split(",")) {
            if (!id.isBlank()) {
                ids.add(id.strip());
            }
        }
        return ids;
    }

    /** Whether the id set of any gold alternative equals the id set of any system alternative. */
    static boolean idSetMatches(String goldRaw, String systemRaw) {
        List<Set<String>> system =
                of(systemRaw).stream().map(Alternatives::idSet).toList();
        return of(goldRaw).stream().map(Alternatives::idSet).anyMatch(system::contains);
    }

    /** Whether any gold alternative equals any system alternative, ignoring case. */
    static boolean valueMatches(String goldRaw, String systemRaw) {
        List<String> system = of(systemRaw);
        return of(goldRaw).stream().anyMatch(gold -> system.stream().anyMatch(gold::equalsIgnoreCase));
    }
}
