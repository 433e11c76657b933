package org.corpusqa.registry;

import java.util.List;

/**
 * One actor of the registry.
 *
 * @param id stable id that annotations carry in {@code entityId}
 * @param name canonical name; variants (surname, dropped particles, folded diacritics) are derived
 * @param kind person, organisation or state
 * @param gender {@code male}, {@code female} or empty: pronoun speakers are resolved with it
 * @param country ISO code of the actor's country, or empty
 * @param aliases names that cannot be derived from {@code name} (abbreviations, other names)
 * @param roles dated offices
 * @param line 1-based line of the entry in its file, for error messages and drafts
 */
public record RegistryEntry(
        String id,
        String name,
        ActorKind kind,
        String gender,
        String country,
        List<String> aliases,
        List<Role> roles,
        int line) {

    public RegistryEntry {
        aliases = List.copyOf(aliases);
        roles = List.copyOf(roles);
    }
}
