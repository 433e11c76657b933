package org.corpusqa.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Decides whether the system got the one attribute that matters for each type right, on a span
 * that matches gold exactly. Only the resolution is judged (who, where, how much, who said it)
 * because that is what downstream users consume; kinds and qualifiers are reviewed by people.
 *
 * <ul>
 *   <li>Actor: {@code entityId} as a set of ids (GROUP ids joined with {@code ,}, order free).
 *   <li>Location: within {@value #LOCATION_TOLERANCE_KM} km (100 miles) of the gold
 *       {@code lat}/{@code lon}, because gold and gazetteer coordinates for the same place differ
 *       (centroid vs. capital, city vs. province seat); or the same {@code countryCode} when the
 *       gold {@code placeKind} is COUNTRY, where centroids of large countries are far apart; or
 *       the same {@code placeId}.
 *   <li>Number: {@code value} within a relative tolerance of {@value #NUMBER_RELATIVE_TOLERANCE}
 *       ({@code |s - g| < 1e-6 * max(1, |g|)}).
 *   <li>Quote: {@code speakerId} as a set of ids.
 * </ul>
 *
 * Every gold alternative ({@code a|b}) is tried; one matching alternative is enough (system
 * alternatives, if any, likewise). An empty gold value means "unresolved", and only an empty
 * system value matches it.
 */
final class AttributeJudge {

    /** Largest distance, in km, at which a system location still counts as the gold place. */
    static final double LOCATION_TOLERANCE_KM = 161.0;

    static final double NUMBER_RELATIVE_TOLERANCE = 1e-6;

    /** The outcome, with a human-readable explanation when wrong. */
    record Verdict(boolean correct, String detail) {
        static final Verdict RIGHT = new Verdict(true, "");
    }

    private AttributeJudge() {}

    static Verdict judge(AnnotationRecord gold, AnnotationRecord system) {
        return switch (gold.type()) {
            case AnnotationRecord.ACTOR -> idSet(gold, system, "entityId");
            case AnnotationRecord.QUOTE -> idSet(gold, system, "speakerId");
            case AnnotationRecord.LOCATION -> location(gold, system);
            case AnnotationRecord.NUMBER -> number(gold, system);
            default -> throw new IllegalArgumentException("Not an evaluated type: " + gold.type());
        };
    }

    private static Verdict idSet(AnnotationRecord gold, AnnotationRecord system, String name) {
        String expected = gold.attribute(name);
        String actual = system.attribute(name);
        return Alternatives.idSetMatches(expected, actual) ? Verdict.RIGHT : wrong(name, expected, actual);
    }

    private static Verdict number(AnnotationRecord gold, AnnotationRecord system) {
        String expected = gold.attribute("value");
        String actual = system.attribute("value");
        for (String goldAlternative : Alternatives.of(expected)) {
            for (String systemAlternative : Alternatives.of(actual)) {
                if (sameNumber(goldAlternative, systemAlternative)) {
                    return Verdict.RIGHT;
                }
            }
        }
        return wrong("value", expected, actual);
    }

    private static boolean sameNumber(String gold, String system) {
        Double goldValue = parse(gold);
        Double systemValue = parse(system);
        if (goldValue == null || systemValue == null) {
            return gold.equals(system);
        }
        return Math.abs(systemValue - goldValue) < NUMBER_RELATIVE_TOLERANCE * Math.max(1.0, Math.abs(goldValue));
    }

    private static Verdict location(AnnotationRecord gold, AnnotationRecord system) {
        String systemCountry = system.attribute("countryCode");
        if (Alternatives.valueMatches(gold.attribute("placeKind"), "COUNTRY")
                && !systemCountry.isBlank()
                && Alternatives.valueMatches(gold.attribute("countryCode"), systemCountry)) {
            return Verdict.RIGHT;
        }
        double distance = nearestKm(gold, system);
        if (distance <= LOCATION_TOLERANCE_KM) {
            return Verdict.RIGHT;
        }
        String systemPlace = system.attribute("placeId");
        if (!systemPlace.isBlank() && Alternatives.valueMatches(gold.attribute("placeId"), systemPlace)) {
            return Verdict.RIGHT;
        }
        if (unresolved(gold)) {
            return unresolved(system) ? Verdict.RIGHT : new Verdict(false, "gold unresolved, system " + place(system));
        }
        String far = Double.isFinite(distance) ? String.format(Locale.ROOT, " (%.0f km apart)", distance) : "";
        return new Verdict(false, "gold " + place(gold) + ", system " + place(system) + far);
    }

    /** Smallest distance between any gold and any system lat/lon alternative pair. */
    private static double nearestKm(AnnotationRecord gold, AnnotationRecord system) {
        List<double[]> goldPoints = points(gold);
        double nearest = Double.POSITIVE_INFINITY;
        for (double[] s : points(system)) {
            for (double[] g : goldPoints) {
                nearest = Math.min(nearest, GeoDistance.km(g[0], g[1], s[0], s[1]));
            }
        }
        return nearest;
    }

    /**
     * The coordinate alternatives of a location: every combination of the {@code lat} and
     * {@code lon} alternatives, as the format does not tie them pairwise.
     */
    private static List<double[]> points(AnnotationRecord location) {
        List<double[]> points = new ArrayList<>();
        for (String lat : Alternatives.of(location.attribute("lat"))) {
            for (String lon : Alternatives.of(location.attribute("lon"))) {
                Double latitude = parse(lat);
                Double longitude = parse(lon);
                if (latitude != null && longitude != null) {
                    points.add(new double[] {latitude, longitude});
                }
            }
        }
        return points;
    }

    private static boolean unresolved(AnnotationRecord location) {
        return location.attribute("placeId").isBlank()
                && location.attribute("countryCode").isBlank()
                && location.attribute("lat").isBlank()
                && location.attribute("lon").isBlank();
    }

    private static String place(AnnotationRecord location) {
        if (unresolved(location)) {
            return "unresolved";
        }
        StringBuilder out = new StringBuilder();
        for (String name : List.of("placeKind", "placeId", "countryCode", "lat", "lon")) {
            String value = location.attribute(name);
            if (!value.isBlank()) {
                out.append(out.length() == 0 ? "" : " ")
                        .append(name)
                        .append('=')
                        .append(value);
            }
        }
        return out.toString();
    }

    private static Verdict wrong(String name, String expected, String actual) {
        return new Verdict(false, name + ": gold '" + expected + "', system '" + actual + "'");
    }

    private static Double parse(String value) {
        if (value.isBlank()) {
            return null;
        }
        try {
            double parsed = Double.parseDouble(value.strip());
            return Double.isNaN(parsed) ? null : parsed;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
