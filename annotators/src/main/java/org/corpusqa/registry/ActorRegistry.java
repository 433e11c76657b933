package org.corpusqa.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The project's actor registry: the persons and organisations a corpus may mention. States come
 * from embedded country data and need no entry, though an entry may add to them.
 */
public final class ActorRegistry {
    private final String source;
    private final String contentHash;
    private final Map<String, RegistryEntry> byId;

    public ActorRegistry(String source, String contentHash, List<RegistryEntry> entries) {
        this.source = source;
        this.contentHash = contentHash;
        Map<String, RegistryEntry> map = new LinkedHashMap<>();
        for (RegistryEntry entry : entries) {
            map.put(entry.id(), entry);
        }
        this.byId = map;
    }

    /** An empty registry: only states resolve. */
    public static ActorRegistry empty() {
        return new ActorRegistry("<empty>", "empty", List.of());
    }

    /** Where the registry was read from, for messages. */
    public String source() {
        return source;
    }

    /** SHA-256 of the registry file, so caches can tell when it changed. */
    public String contentHash() {
        return contentHash;
    }

    public List<RegistryEntry> entries() {
        return List.copyOf(byId.values());
    }

    public Optional<RegistryEntry> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * The entries that held the office in the country at some time between {@code first} and
     * {@code last}, for resolving titles such as "the Turkish president".
     */
    public List<RegistryEntry> holders(String office, String country, LocalDate first, LocalDate last) {
        List<RegistryEntry> holders = new ArrayList<>();
        for (RegistryEntry entry : byId.values()) {
            for (Role role : entry.roles()) {
                if (role.office().equals(office) && role.country().equals(country) && role.overlaps(first, last)) {
                    holders.add(entry);
                    break;
                }
            }
        }
        return holders;
    }
}
