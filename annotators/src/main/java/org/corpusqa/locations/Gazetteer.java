package org.corpusqa.locations;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * The places the location matcher knows, indexed by folded name, id and country code.
 *
 * <p>{@link #embedded()} is the default gazetteer: countries, first-level divisions and cities of
 * more than 15,000 inhabitants from GeoNames (geonames.org, CC-BY 4.0), built at compile time by
 * {@link GazetteerBuilder} and loaded once per JVM. A project gazetteer is laid over it with
 * {@link #withOverrides(List)}.
 *
 * <p>Resource format (UTF-8, gzip, tab separated), one record a line: {@code P id kind
 * featureCode lat lon countryCode population admin1 name names alternateNames} (names separated
 * by {@code |}; a division's canonical name, {@code Idlib Governorate}, need not be among the
 * names it is matched by); {@code C word} for a folded name that is also a common
 * English word; {@code X phrase} for a phrase that contains a place name but is not a place
 * ({@code Latin America}); anything else is a comment.
 */
public final class Gazetteer {

    /** Class-path location of the embedded resource. */
    public static final String RESOURCE = "/org/corpusqa/locations/gazetteer.tsv.gz";

    /** One name of one place. {@code primary} is false for GeoNames alternate names. */
    record NameEntry(Place place, boolean primary) {}

    private final List<Place> places;
    private final Map<String, List<NameEntry>> byName;
    private final Map<String, Place> byId;
    private final Map<String, Place> countries;
    private final Map<String, Place> capitals;
    private final Set<String> commonWords;
    private final Set<String> blockers;

    private Gazetteer(List<Place> places, Set<String> commonWords, Set<String> blockers) {
        this.places = List.copyOf(places);
        this.commonWords = Set.copyOf(commonWords);
        this.blockers = Set.copyOf(blockers);
        this.byName = new HashMap<>(places.size() * 4);
        this.byId = new HashMap<>(places.size() * 2);
        this.countries = new HashMap<>();
        this.capitals = new HashMap<>();
        for (Place place : this.places) {
            index(place);
        }
    }

    private void index(Place place) {
        byId.put(place.id(), place);
        Set<String> seen = new HashSet<>();
        for (String name : place.names()) {
            addName(place, name, true, seen);
        }
        for (String name : place.alternateNames()) {
            addName(place, name, false, seen);
        }
        if (place.kind() == PlaceKind.COUNTRY) {
            countries.putIfAbsent(place.countryCode(), place);
        } else if (place.isCapital()) {
            capitals.merge(place.countryCode(), place, (a, b) -> a.population() >= b.population() ? a : b);
        }
    }

    private void addName(Place place, String name, boolean primary, Set<String> seen) {
        String folded = TextFolder.fold(name);
        if (seen.add(folded)) {
            byName.computeIfAbsent(folded, k -> new ArrayList<>(1)).add(new NameEntry(place, primary));
        }
    }

    /** The embedded GeoNames gazetteer, loaded on first use and shared by the whole JVM. */
    public static Gazetteer embedded() {
        return EmbeddedHolder.INSTANCE;
    }

    /**
     * This gazetteer with {@code overrides} laid over it: an override replaces the entry with the
     * same id, and the names it declares (folded) then denote only override entries, so that a
     * project can pin what a name means.
     */
    public Gazetteer withOverrides(List<Place> overrides) {
        if (overrides.isEmpty()) {
            return this;
        }
        Set<String> ids = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (Place place : overrides) {
            ids.add(place.id());
            place.names().forEach(n -> names.add(TextFolder.fold(n)));
            place.alternateNames().forEach(n -> names.add(TextFolder.fold(n)));
        }
        List<Place> merged = new ArrayList<>(places.size() + overrides.size());
        for (Place place : places) {
            if (!ids.contains(place.id())) {
                merged.add(withoutNames(place, names));
            }
        }
        merged.addAll(overrides);
        Set<String> common = new HashSet<>(commonWords);
        common.removeAll(names);
        return new Gazetteer(merged, common, blockers);
    }

    private static Place withoutNames(Place place, Set<String> removed) {
        List<String> kept = place.names().stream()
                .filter(n -> !removed.contains(TextFolder.fold(n)))
                .toList();
        List<String> keptAlternates = place.alternateNames().stream()
                .filter(n -> !removed.contains(TextFolder.fold(n)))
                .toList();
        if (kept.size() == place.names().size()
                && keptAlternates.size() == place.alternateNames().size()) {
            return place;
        }
        return new Place(
                place.id(),
                place.kind(),
                place.featureCode(),
                place.name(),
                kept,
                keptAlternates,
                place.latitude(),
                place.longitude(),
                place.countryCode(),
                place.population(),
                place.admin1());
    }

    /** All entries, countries first. */
    public List<Place> places() {
        return places;
    }

    /** Places known by {@code name} (compared folded: case and diacritics do not matter). */
    public List<Place> lookup(String name) {
        List<NameEntry> entries = byName.get(TextFolder.fold(name.strip()));
        return entries == null
                ? List.of()
                : entries.stream().map(NameEntry::place).toList();
    }

    /** The entry with this gazetteer id. */
    public Optional<Place> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The country with this ISO 3166-1 alpha-2 code (case-insensitive). */
    public Optional<Place> country(String isoCode) {
        return Optional.ofNullable(countries.get(isoCode.toUpperCase(java.util.Locale.ROOT)));
    }

    /** The country known by this name or alias ({@code Syria}, {@code U.S.}, {@code Britain}). */
    public Optional<Place> countryByName(String name) {
        return lookup(name).stream().filter(p -> p.kind() == PlaceKind.COUNTRY).findFirst();
    }

    /** The capital city of the country with this ISO code, when the gazetteer has it. */
    public Optional<Place> capital(String isoCode) {
        return Optional.ofNullable(capitals.get(isoCode.toUpperCase(java.util.Locale.ROOT)));
    }

    /** Every country, in gazetteer order. */
    public List<Place> countries() {
        return places.stream().filter(p -> p.kind() == PlaceKind.COUNTRY).toList();
    }

    /** Entries for a folded name, with whether the name is a primary one for each. */
    List<NameEntry> entries(String foldedName) {
        return byName.getOrDefault(foldedName, List.of());
    }

    /** Every folded name, for building the matcher's automaton. */
    Set<String> foldedNames() {
        return Collections.unmodifiableSet(byName.keySet());
    }

    /** Folded phrases that contain a place name but are not places. */
    Set<String> blockers() {
        return blockers;
    }

    /** True when a folded name is also a common English word ({@code Nice}, {@code Of}). */
    boolean isCommonWord(String foldedName) {
        return commonWords.contains(foldedName);
    }

    private static final class EmbeddedHolder {
        static final Gazetteer INSTANCE = loadEmbedded();

        private static Gazetteer loadEmbedded() {
            InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE);
            if (in == null) {
                throw new IllegalStateException("Missing " + RESOURCE
                        + " on the class path: GazetteerBuilder generates it in the process-classes phase");
            }
            try (InputStream gz = new GZIPInputStream(in, 1 << 16)) {
                return read(gz);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + RESOURCE, e);
            }
        }
    }

    /** Reads the uncompressed resource format described in the class comment. */
    public static Gazetteer read(InputStream in) throws IOException {
        List<Place> places = new ArrayList<>(40_000);
        Set<String> common = new HashSet<>();
        Set<String> blockers = new HashSet<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.startsWith("P\t")) {
                places.add(parsePlace(line));
            } else if (line.startsWith("C\t")) {
                common.add(line.substring(2));
            } else if (line.startsWith("X\t")) {
                blockers.add(TextFolder.fold(line.substring(2)));
            }
        }
        return new Gazetteer(places, common, blockers);
    }

    private static Place parsePlace(String line) {
        String[] f = line.split("\t", -1);
        return new Place(
                f[1],
                PlaceKind.valueOf(f[2]),
                f[3],
                f[9],
                splitNames(f[10]),
                splitNames(f[11]),
                Double.parseDouble(f[4]),
                Double.parseDouble(f[5]),
                f[6],
                Long.parseLong(f[7]),
                f[8]);
    }

    private static List<String> splitNames(String field) {
        return field.isEmpty() ? List.of() : List.of(field.split("\\|"));
    }
}
