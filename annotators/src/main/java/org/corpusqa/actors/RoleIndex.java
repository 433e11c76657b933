package org.corpusqa.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.corpusqa.registry.ActorRegistry;
import org.corpusqa.registry.RegistryEntry;
import org.corpusqa.registry.Role;

/**
 * The registry's roles by canonical office and country, so that titles resolve to the holder on
 * the document date in constant time however large the registry is.
 */
final class RoleIndex {
    /** An office held in a country. */
    record Office(String office, String country) {}

    private record Holding(String id, Role role) {}

    private final Map<Office, List<Holding>> byOffice = new HashMap<>();
    private final Map<String, List<Role>> byId = new HashMap<>();

    RoleIndex(ActorRegistry registry) {
        Offices offices = Offices.get();
        for (RegistryEntry entry : registry.entries()) {
            List<Role> roles = new ArrayList<>();
            for (Role role : entry.roles()) {
                Role canonical = new Role(offices.canonical(role.office()), role.country(), role.from(), role.to());
                roles.add(canonical);
                byOffice.computeIfAbsent(new Office(canonical.office(), canonical.country()), k -> new ArrayList<>())
                        .add(new Holding(entry.id(), canonical));
            }
            byId.put(entry.id(), roles);
        }
    }

    /** Ids of the actors that held the office at some time in the date's days. */
    Set<String> holders(String office, String country, DocumentDate date) {
        Set<String> ids = new LinkedHashSet<>();
        for (Holding h : byOffice.getOrDefault(new Office(office, country), List.of())) {
            if (h.role().overlaps(date.first(), date.last())) {
                ids.add(h.id());
            }
        }
        return ids;
    }

    /** The offices an actor held in the date's days. */
    List<Office> officesOf(String id, DocumentDate date) {
        List<Office> result = new ArrayList<>();
        for (Role role : byId.getOrDefault(id, List.of())) {
            if (role.overlaps(date.first(), date.last())) {
                result.add(new Office(role.office(), role.country()));
            }
        }
        return result;
    }

    /** Every office the registry gives the actor, whatever the date. */
    List<Office> allOfficesOf(String id) {
        List<Office> result = new ArrayList<>();
        for (Role role : byId.getOrDefault(id, List.of())) {
            result.add(new Office(role.office(), role.country()));
        }
        return result;
    }

    /** Whether the registry gives the actor any role at all. */
    boolean hasRoles(String id) {
        return !byId.getOrDefault(id, List.of()).isEmpty();
    }
}
