package org.corpusqa.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.corpusqa.check.Finding;
import org.corpusqa.registry.ActorKind;
import org.corpusqa.registry.ActorRegistry;
import org.corpusqa.registry.RegistryEntry;
import org.corpusqa.registry.RegistryLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegistryDraftTest {
    @TempDir
    Path dir;

    private static Finding actor(String document, int line, int column, String name) {
        return TestFindings.actor(document, line, column, line * 100 + column, name);
    }

    @Test
    void mergesVariantsOfOneNameIntoTheLongest() {
        RegistryDraft draft = RegistryDraft.of(List.of(
                actor("b.txt", 4, 1, "Erdogan"),
                actor("a.txt", 7, 12, "Recep Tayyip Erdoğan"),
                actor("a.txt", 9, 3, "Erdoğan"),
                actor("c.txt", 2, 5, "Tayyip Erdogan's"),
                actor("c.txt", 3, 5, "Recep")));

        assertThat(draft.entries()).hasSize(2);
        assertThat(draft.entries().get(0)).satisfies(e -> {
            assertThat(e.id()).isEqualTo("erdogan");
            assertThat(e.name()).isEqualTo("Recep Tayyip Erdoğan");
            assertThat(e.kind()).isEqualTo(ActorKind.PERSON);
            assertThat(e.mentions()).isEqualTo(4);
            assertThat(e.first().document()).isEqualTo("a.txt");
            assertThat(e.variants()).containsKeys("Erdogan", "Erdoğan", "Recep Tayyip Erdoğan", "Tayyip Erdogan");
            assertThat(e.aliases()).isEmpty();
        });
        assertThat(draft.entries().get(1).name()).isEqualTo("Recep");
    }

    @Test
    void keepsAnAmbiguousShortNameApart() {
        RegistryDraft draft = RegistryDraft.of(List.of(
                actor("a.txt", 1, 1, "Bashar al-Assad"),
                actor("a.txt", 2, 1, "Hafez al-Assad"),
                actor("a.txt", 3, 1, "Assad")));

        assertThat(draft.entries())
                .extracting(RegistryDraft.Entry::name)
                .containsExactlyInAnyOrder("Bashar al-Assad", "Hafez al-Assad", "Assad");
        assertThat(draft.entries())
                .extracting(RegistryDraft.Entry::id)
                .containsExactly("assad", "hafez-al-assad", "assad-2");
    }

    @Test
    void mergesAnAcronymAsAliasAndGuessesOrganisations() {
        RegistryDraft draft = RegistryDraft.of(List.of(
                actor("a.txt", 1, 1, "Hayat Tahrir al-Sham"),
                actor("a.txt", 2, 1, "HTS"),
                actor("a.txt", 3, 1, "HTS"),
                actor("a.txt", 4, 1, "Syrian Observatory for Human Rights"),
                actor("a.txt", 5, 1, "the Defence Ministry"),
                actor("a.txt", 6, 1, "OCHA")));

        assertThat(draft.entries())
                .extracting(e -> e.id() + " " + e.kind() + " " + e.aliases() + " " + e.mentions())
                .containsExactly(
                        "hts ORGANIZATION [HTS] 3",
                        "syrian-observatory-for-human-rights ORGANIZATION [] 1",
                        "defence-ministry ORGANIZATION [] 1",
                        "ocha ORGANIZATION [] 1");
    }

    @Test
    void marksFallbackKindsAsGuessed() {
        RegistryDraft draft =
                RegistryDraft.of(List.of(actor("a.txt", 1, 1, "Peskov"), actor("a.txt", 2, 1, "Fuat Oktay")));

        assertThat(draft.entries())
                .extracting(e -> e.name() + " " + e.kind() + " " + e.kindGuessed())
                .containsExactly("Peskov PERSON true", "Fuat Oktay PERSON false");
    }

    @Test
    void ignoresOtherRules() {
        Finding location = TestFindings.finding("unresolved-location", "a.txt", 1, 1, 0, "Saraqib");
        assertThat(RegistryDraft.of(List.of(location)).entries()).isEmpty();
    }

    @Test
    void writesYamlThatTheRegistryLoaderReads() throws Exception {
        RegistryDraft draft = RegistryDraft.of(
                List.of(
                        actor("b.txt", 4, 1, "Erdogan"),
                        actor("a.txt", 7, 12, "Recep Tayyip Erdoğan"),
                        actor("a.txt", 8, 2, "Erdoğan"),
                        actor("a.txt", 9, 3, "Hayat Tahrir al-Sham"),
                        actor("a.txt", 10, 3, "HTS"),
                        actor("c.txt", 1, 1, "Jean \"JJ\" O'Neil: #1")),
                Map.of("a.txt", "Turkey, Russia discuss\nIdlib"));
        Path file = dir.resolve("draft/actors-draft.yml");

        draft.write(file);
        ActorRegistry registry = RegistryLoader.load(file);

        assertThat(draft.toYaml())
                .startsWith("# Draft actor registry: 3 actors from 6 unresolved-actor findings in 3 documents")
                .contains(
                        """
                          # 3 mentions, first a.txt:[7,12] in "Turkey, Russia discuss Idlib"; variants: \
                        Recep Tayyip Erdoğan (1), Erdogan (1), Erdoğan (1)
                          - id: erdogan
                            name: "Recep Tayyip Erdoğan"
                            kind: PERSON
                          # 2 mentions, first a.txt:[9,3] in "Turkey, Russia discuss Idlib"; variants: \
                        Hayat Tahrir al-Sham (1), HTS (1)
                          - id: hts
                            name: "Hayat Tahrir al-Sham"
                            kind: ORGANIZATION
                            aliases: ["HTS"]
                        """);
        assertThat(registry.entries())
                .extracting(RegistryEntry::id, RegistryEntry::name)
                .containsExactly(
                        tuple("erdogan", "Recep Tayyip Erdoğan"),
                        tuple("hts", "Hayat Tahrir al-Sham"),
                        tuple("jean-jj-o-neil-1", "Jean \"JJ\" O'Neil: #1"));
    }

    @Test
    void writesAnEmptyRegistryThatLoads() throws Exception {
        Path file = dir.resolve("empty.yml");
        RegistryDraft.of(List.of()).write(file);
        assertThat(RegistryLoader.load(file).entries()).isEmpty();
    }
}
