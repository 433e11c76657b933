package org.corpusqa.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.corpusqa.registry.ActorKind;
import org.corpusqa.registry.ActorRegistry;
import org.corpusqa.registry.RegistryEntry;
import org.corpusqa.registry.RegistryLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What makes unresolved references trustworthy: a person missing from the registry leaves every
 * mention of that person in the seed articles (names, titles, groups) unresolved, and changes
 * nothing else.
 */
class RegistryRemovalTest {
    private static final String[] SEEDS = {
        "000_dbb2c527d554b9b9",
        "001_4adf9b929fb8dcbc",
        "002_e8c1cee8c3f38bcf",
        "003_f2ce2917a4387b93",
        "004_ae04755d099ef5d0"
    };
    private static final Map<String, String> DATES = Map.of(
            SEEDS[0],
            "2020-02",
            SEEDS[1],
            "2020-02",
            SEEDS[2],
            "2019-05",
            SEEDS[3],
            "2020-02-15",
            SEEDS[4],
            "2020-02-16");

    private static ActorRegistry full;
    private static Map<String, List<ActorMention>> withEveryone;

    @BeforeAll
    static void annotateWithTheFullRegistry() throws Exception {
        full = RegistryLoader.load(Path.of(RegistryRemovalTest.class
                .getResource("/org/corpusqa/registry/actors.yml")
                .toURI()));
        withEveryone = annotate(full);
    }

    static Stream<String> persons() throws Exception {
        ActorRegistry registry = RegistryLoader.load(Path.of(RegistryRemovalTest.class
                .getResource("/org/corpusqa/registry/actors.yml")
                .toURI()));
        return registry.entries().stream()
                .filter(e -> e.kind() == ActorKind.PERSON)
                .map(RegistryEntry::id);
    }

    @ParameterizedTest
    @MethodSource("persons")
    void removedPersonIsUnresolvedEverywhereAndNothingElseChanges(String id) throws Exception {
        List<RegistryEntry> rest = new ArrayList<>(full.entries());
        rest.removeIf(e -> e.id().equals(id));
        Map<String, List<ActorMention>> without = annotate(new ActorRegistry("test", "without-" + id, rest));

        int mentionsOfPerson = 0;
        for (String seed : SEEDS) {
            List<ActorMention> before = withEveryone.get(seed);
            List<ActorMention> after = without.get(seed);
            assertThat(spans(after)).as(seed + ": the same spans").isEqualTo(spans(before));
            for (int i = 0; i < before.size(); i++) {
                ActorMention b = before.get(i);
                ActorMention a = after.get(i);
                if (Arrays.asList(b.entityId().split(",")).contains(id)) {
                    mentionsOfPerson++;
                    assertThat(a.entityId()).as(seed + " " + b + " unresolved").isEmpty();
                } else {
                    assertThat(a.entityId()).as(seed + " " + b + " unchanged").isEqualTo(b.entityId());
                    assertThat(a.mentionType()).isEqualTo(b.mentionType());
                }
            }
        }
        assertThat(mentionsOfPerson).as("mentions of " + id + " in the seeds").isPositive();
    }

    private static List<String> spans(List<ActorMention> mentions) {
        return mentions.stream()
                .map(m -> m.begin() + "-" + m.end() + ":" + m.kind())
                .toList();
    }

    private static Map<String, List<ActorMention>> annotate(ActorRegistry registry) throws IOException {
        ActorFinder finder = new ActorFinder(registry, ActorDictionary.compile(registry));
        Map<String, List<ActorMention>> result = new LinkedHashMap<>();
        for (String seed : SEEDS) {
            result.put(
                    seed,
                    finder.find(seed(seed), DocumentDate.parse(DATES.get(seed))).mentions());
        }
        return result;
    }

    private static String seed(String name) throws IOException {
        try (InputStream in = RegistryRemovalTest.class.getResourceAsStream("seeds/" + name + ".txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
