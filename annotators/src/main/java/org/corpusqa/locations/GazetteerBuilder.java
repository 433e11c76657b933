package org.corpusqa.locations;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

/**
 * Derives the embedded gazetteer resource from the raw GeoNames extracts kept in {@code
 * src/main/gazetteer/}, so that a newer export only has to replace the raw files.
 *
 * <p>Run by the build ({@code exec-maven-plugin}, phase {@code process-classes}) with two
 * arguments: the raw folder and the output file ({@code
 * target/classes/org/corpusqa/locations/gazetteer.tsv.gz}). It skips the work when the output is
 * newer than every input and than the classes that shape it.
 *
 * <p>Inputs: {@code cities15000.txt}, {@code admin1CodesASCII.tsv}, {@code countryInfo.tsv}
 * (GeoNames, CC-BY 4.0), and the project's own {@code country-centroids.tsv}, {@code
 * country-names.tsv}, {@code continents.tsv}, {@code extra-names.tsv}, {@code common-words.txt}
 * and {@code excluded-names.txt}. The output format
 * is described in {@link Gazetteer}.
 *
 * <p>Decisions: countries take a centroid (GeoNames has no coordinates for them) and common
 * English names; a first-level division takes the coordinates of its seat (the {@code PPLA} city)
 * or else of its largest city, its population is the sum of its cities', and it is matched by its
 * short name ({@code Idlib}, not {@code Idlib Governorate}) so that the type word stays out of the
 * span and serves as a cue; alternate names are kept only for cities of at least 100,000
 * inhabitants, and only the Latin-script spellings that look like variants of the name (or all of
 * them for cities of a million), which keeps the automaton small and drops other languages' words.
 */
public final class GazetteerBuilder {

    private static final long ALTERNATES_MIN_POPULATION = 100_000;
    private static final long ALL_ALTERNATES_MIN_POPULATION = 1_000_000;

    private record City(
            String id,
            String name,
            String ascii,
            List<String> alternates,
            double lat,
            double lon,
            String featureCode,
            String cc,
            String admin1,
            long population) {}

    private final Path raw;
    private final Set<String> commonWords;
    private final Map<String, List<String>> extraNames = new HashMap<>();
    private final List<String> out = new ArrayList<>();
    private final Set<String> usedCommon = new TreeSet<>();

    private GazetteerBuilder(Path raw) throws IOException {
        this.raw = raw;
        this.commonWords = new LinkedHashSet<>();
        for (String line : dataLines("common-words.txt")) {
            commonWords.add(TextFolder.fold(line.strip()));
        }
        for (String line : dataLines("extra-names.tsv")) {
            String[] f = line.split("\t");
            extraNames.put(f[0], List.of(f[1].split("\\|")));
        }
    }

    /**
     * Builds the resource.
     *
     * @param args the raw folder and the output file
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: GazetteerBuilder <raw-folder> <output.tsv.gz>");
        }
        Path raw = Path.of(args[0]);
        Path target = Path.of(args[1]);
        if (isUpToDate(raw, target)) {
            return;
        }
        long start = System.nanoTime();
        List<String> lines = new GazetteerBuilder(raw).build();
        write(lines, target);
        System.out.printf(
                Locale.ROOT,
                "[gazetteer] %d records, %d bytes, built in %d ms -> %s%n",
                lines.size(),
                Files.size(target),
                (System.nanoTime() - start) / 1_000_000,
                target);
    }

    private List<String> build() throws IOException {
        List<City> cities = readCities();
        out.add("# GeoNames, geonames.org, CC-BY 4.0. Derived by org.corpusqa.locations.GazetteerBuilder.");
        addCountries(cities);
        addContinents();
        addDivisions(cities);
        for (City city : cities) {
            addCity(city);
        }
        for (String word : usedCommon) {
            out.add("C\t" + word);
        }
        for (String phrase : dataLines("excluded-names.txt")) {
            out.add("X\t" + phrase.strip());
        }
        return out;
    }

    private List<City> readCities() throws IOException {
        List<City> cities = new ArrayList<>(40_000);
        try (Stream<String> lines = Files.lines(raw.resolve("cities15000.txt"), StandardCharsets.UTF_8)) {
            lines.forEach(line -> {
                String[] f = line.split("\t", -1);
                cities.add(new City(
                        f[0],
                        f[1],
                        f[2],
                        NameRules.splitAlternates(f[3]),
                        Double.parseDouble(f[4]),
                        Double.parseDouble(f[5]),
                        f[7],
                        f[8],
                        f[10],
                        f[14].isEmpty() ? 0 : Long.parseLong(f[14])));
            });
        }
        return cities;
    }

    private void addCountries(List<City> cities) throws IOException {
        Map<String, double[]> centroids = new HashMap<>();
        for (String line : dataLines("country-centroids.tsv")) {
            String[] f = line.split("\t");
            centroids.put(f[0], new double[] {Double.parseDouble(f[1]), Double.parseDouble(f[2])});
        }
        Map<String, List<String>> countryNames = new HashMap<>();
        for (String line : dataLines("country-names.tsv")) {
            String[] f = line.split("\t");
            countryNames.put(f[0], List.of(f[1].split("\\|")));
        }
        for (String line : dataLines("countryInfo.tsv")) {
            String[] f = line.split("\t", -1);
            double[] centroid = centroids.get(f[0]);
            if (centroid == null) {
                continue; // obsolete codes (CS, AN) have no centroid and are left out
            }
            List<String> names = new ArrayList<>();
            names.add(f[4].startsWith("The ") ? f[4].substring(4) : f[4]);
            names.addAll(countryNames.getOrDefault(f[0], List.of()));
            long population = f[7].isEmpty() ? 0 : Long.parseLong(f[7]);
            emit(new Place(
                    f[16],
                    PlaceKind.COUNTRY,
                    "PCLI",
                    names.get(0),
                    names,
                    List.of(),
                    centroid[0],
                    centroid[1],
                    f[0],
                    population,
                    ""));
        }
    }

    /** Continents, as places of kind OTHER without a country ({@code continents.tsv}). */
    private void addContinents() throws IOException {
        for (String line : dataLines("continents.tsv")) {
            String[] f = line.split("\t", -1);
            List<String> names = new ArrayList<>();
            names.add(f[1]);
            names.addAll(NameRules.splitAlternates(f[2].replace('|', ',')));
            emit(new Place(
                    f[0],
                    PlaceKind.OTHER,
                    "CONT",
                    f[1],
                    names,
                    List.of(),
                    Double.parseDouble(f[3]),
                    Double.parseDouble(f[4]),
                    "",
                    Long.parseLong(f[5]),
                    ""));
        }
    }

    private void addDivisions(List<City> cities) throws IOException {
        Map<String, List<City>> byDivision = new HashMap<>();
        for (City city : cities) {
            byDivision
                    .computeIfAbsent(city.cc() + "." + city.admin1(), k -> new ArrayList<>())
                    .add(city);
        }
        for (String line : dataLines("admin1CodesASCII.tsv")) {
            String[] f = line.split("\t", -1);
            List<City> members = byDivision.get(f[0]);
            if (members == null) {
                continue; // a division without any city of 15,000 has no coordinates to give
            }
            City seat = members.stream()
                    .filter(c -> c.featureCode().equals("PPLA"))
                    .max(Comparator.comparingLong(City::population))
                    .orElseGet(() -> members.stream()
                            .max(Comparator.comparingLong(City::population))
                            .orElseThrow());
            long population = members.stream().mapToLong(City::population).sum();
            String cc = f[0].substring(0, 2);
            // A division is matched by its short name when it has one ("Idlib" for "Idlib
            // Governorate"), never by the full name, so that "Idlib province" gives the span
            // "Idlib" and leaves "province" as a cue.
            List<String> matched = new ArrayList<>();
            for (String name : List.of(f[1], f[2])) {
                String matchedName = NameRules.shortDivisionName(name).orElse(name);
                matched.add(matchedName);
                NameRules.withoutAynMarks(matchedName).ifPresent(matched::add);
            }
            for (String name : List.copyOf(matched)) {
                NameRules.withoutArticle(name, cc).ifPresent(matched::add);
            }
            emit(new Place(
                    f[3],
                    PlaceKind.ADMIN,
                    "ADM1",
                    f[1],
                    matched,
                    List.of(),
                    seat.lat(),
                    seat.lon(),
                    cc,
                    population,
                    f[0].substring(3)));
        }
    }

    private void addCity(City city) {
        List<String> names = new ArrayList<>(List.of(city.name(), city.ascii()));
        for (String name : List.of(city.name(), city.ascii())) {
            NameRules.withoutAynMarks(name).ifPresent(names::add);
        }
        for (String name : List.copyOf(names)) {
            NameRules.withoutArticle(name, city.cc()).ifPresent(names::add);
        }
        List<String> alternates = new ArrayList<>();
        if (city.population() >= ALTERNATES_MIN_POPULATION) {
            for (String alternate : city.alternates()) {
                if (NameRules.isUsefulAlternate(alternate, commonWords)
                        && (city.population() >= ALL_ALTERNATES_MIN_POPULATION
                                || NameRules.isSpellingVariant(alternate, city.ascii()))) {
                    alternates.add(alternate);
                }
            }
        }
        emit(new Place(
                city.id(),
                PlaceKind.CITY,
                city.featureCode(),
                city.name(),
                names,
                alternates,
                city.lat(),
                city.lon(),
                city.cc(),
                city.population(),
                city.admin1()));
    }

    /** Writes one record, its names folded-unique and the alternates that repeat a name dropped. */
    private void emit(Place place) {
        Map<String, String> primary = new LinkedHashMap<>();
        for (String name : place.names()) {
            if (place.kind() == PlaceKind.COUNTRY || !NameRules.isGeneric(name)) {
                primary.putIfAbsent(TextFolder.fold(name), name);
            }
        }
        for (String name : extraNames.getOrDefault(place.id(), List.of())) {
            primary.putIfAbsent(TextFolder.fold(name), name);
        }
        if (primary.isEmpty()) {
            return; // "Central", "Eastern": a division known only by a direction is not matchable
        }
        Map<String, String> secondary = new LinkedHashMap<>();
        for (String name : place.alternateNames()) {
            String folded = TextFolder.fold(name);
            if (!primary.containsKey(folded)) {
                secondary.putIfAbsent(folded, name);
            }
        }
        if (place.kind() != PlaceKind.COUNTRY) {
            primary.keySet().stream().filter(commonWords::contains).forEach(usedCommon::add);
        }
        out.add(String.join(
                "\t",
                "P",
                place.id(),
                place.kind().name(),
                place.featureCode(),
                String.format(Locale.ROOT, "%.4f", place.latitude()),
                String.format(Locale.ROOT, "%.4f", place.longitude()),
                place.countryCode(),
                Long.toString(place.population()),
                place.admin1(),
                place.name(),
                String.join("|", primary.values()),
                String.join("|", secondary.values())));
    }

    /** Non-empty lines of a raw file, without {@code #} comments. */
    private List<String> dataLines(String file) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(raw.resolve(file), StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                lines.add(line);
            }
        }
        return lines;
    }

    private static void write(List<String> lines, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        try (OutputStream os = new GZIPOutputStream(Files.newOutputStream(tmp), 1 << 16);
                Writer w = new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8))) {
            for (String line : lines) {
                w.write(line);
                w.write('\n');
            }
        }
        Files.move(tmp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** The classes whose change alters the output: this one and the naming rules it applies. */
    private static boolean isBuilderClass(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith("GazetteerBuilder")
                || name.equals("NameRules.class")
                || name.equals("TextFolder.class")
                || name.equals("Place.class")
                || name.equals("PlaceKind.class");
    }

    private static boolean isUpToDate(Path raw, Path target) throws IOException {
        if (!Files.exists(target)) {
            return false;
        }
        FileTime built = Files.getLastModifiedTime(target);
        try (Stream<Path> inputs = Files.list(raw);
                Stream<Path> classes = Files.list(target.getParent())) {
            return Stream.concat(inputs, classes.filter(GazetteerBuilder::isBuilderClass))
                    .allMatch(p -> {
                        try {
                            return Files.getLastModifiedTime(p).compareTo(built) < 0;
                        } catch (IOException e) {
                            return false;
                        }
                    });
        }
    }
}
