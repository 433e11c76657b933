package org.corpusqa.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.corpusqa.registry.ActorKind;
import org.corpusqa.registry.ActorRegistry;
import org.corpusqa.registry.RegistryEntry;
import org.corpusqa.text.TextFolding;

/**
 * Every sovereign state as an actor that needs no registry entry: its names and short forms,
 * demonyms and capitals, from the embedded {@code states.tsv}. The registry can add names to a
 * state (an entry of kind STATE whose id is the ISO code) or add a state the file lacks.
 */
public final class Countries {
    /**
     * One state.
     *
     * @param code ISO 3166-1 alpha-2 code, the entityId of the state
     * @param names names and short forms, the canonical name first
     * @param demonyms adjective first, then nouns for its people
     * @param capitals seat of government first
     */
    public record Country(String code, List<String> names, List<String> demonyms, List<String> capitals) {
        public Country {
            names = List.copyOf(names);
            demonyms = List.copyOf(demonyms);
            capitals = List.copyOf(capitals);
        }
    }

    private static final Countries EMBEDDED = load();

    private final Map<String, Country> byCode;
    private final Map<String, Set<String>> byDemonym;

    private Countries(Map<String, Country> byCode) {
        this.byCode = Collections.unmodifiableMap(byCode);
        Map<String, Set<String>> demonyms = new LinkedHashMap<>();
        for (Country country : byCode.values()) {
            for (String demonym : country.demonyms()) {
                demonyms.computeIfAbsent(TextFolding.fold(demonym), k -> new LinkedHashSet<>())
                        .add(country.code());
            }
        }
        this.byDemonym = demonyms;
    }

    /** The embedded country data. */
    public static Countries embedded() {
        return EMBEDDED;
    }

    /** The embedded data plus the names that STATE entries of the registry add. */
    public static Countries withRegistry(ActorRegistry registry) {
        Map<String, Country> map = new LinkedHashMap<>(EMBEDDED.byCode);
        boolean changed = false;
        for (RegistryEntry entry : registry.entries()) {
            if (entry.kind() != ActorKind.STATE) {
                continue;
            }
            Country old = map.get(entry.id());
            List<String> names = new ArrayList<>(old == null ? List.of() : old.names());
            names.add(entry.name());
            names.addAll(entry.aliases());
            map.put(
                    entry.id(),
                    new Country(
                            entry.id(),
                            names,
                            old == null ? List.of() : old.demonyms(),
                            old == null ? List.of() : old.capitals()));
            changed = true;
        }
        return changed ? new Countries(map) : EMBEDDED;
    }

    public Optional<Country> byCode(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public Iterable<Country> all() {
        return byCode.values();
    }

    /** Codes of the states a demonym ({@code Turkish}, {@code Britons}) belongs to; empty if none. */
    public Set<String> codesOfDemonym(String word) {
        return byDemonym.getOrDefault(TextFolding.fold(word), Set.of());
    }

    /** Whether a word is a demonym of some state ({@code Turkish}, {@code Russians}). */
    public boolean isDemonym(String word) {
        return byDemonym.containsKey(TextFolding.fold(word));
    }

    private static Countries load() {
        Map<String, Country> map = new LinkedHashMap<>();
        try (InputStream in = Countries.class.getResourceAsStream("states.tsv")) {
            if (in == null) {
                throw new IllegalStateException("states.tsv is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                if (cols.length != 4) {
                    throw new IllegalStateException("states.tsv: expected 4 columns in: " + line);
                }
                map.put(cols[0], new Country(cols[0], split(cols[1]), split(cols[2]), split(cols[3])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Countries(map);
    }

    private static List<String> split(String column) {
        List<String> values = new ArrayList<>();
        for (String value : column.split("\\|")) {
            if (!value.isBlank()) {
                values.add(value.strip());
            }
        }
        return values;
    }
}
