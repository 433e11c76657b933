package org.corpusqa.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RegistryLoaderTest {

    @Test
    void readsTheSeedRegistry() throws Exception {
        ActorRegistry registry = RegistryLoader.load(resource("actors.yml"));

        assertThat(registry.entries()).hasSize(27);
        RegistryEntry erdogan = registry.byId("erdogan").orElseThrow();
        assertThat(erdogan.name()).isEqualTo("Recep Tayyip Erdoğan");
        assertThat(erdogan.kind()).isEqualTo(ActorKind.PERSON);
        assertThat(erdogan.gender()).isEqualTo("male");
        assertThat(erdogan.roles()).hasSize(2);
        assertThat(registry.byId("un").orElseThrow().aliases()).containsExactly("UN", "U.N.");
    }

    @Test
    void resolvesRoleHoldersByDate() throws Exception {
        ActorRegistry registry = RegistryLoader.load(resource("actors.yml"));
        LocalDate day = LocalDate.of(2020, 2, 15);

        assertThat(registry.holders("president", "TR", day, day))
                .extracting(RegistryEntry::id)
                .containsExactly("erdogan");
        assertThat(registry.holders("president", "US", LocalDate.of(2022, 1, 1), LocalDate.of(2022, 1, 1)))
                .isEmpty();
    }

    @Test
    void reportsBadDateWithLineAndColumn() {
        String yaml = "actors:\n  - id: x\n    name: X\n    kind: PERSON\n    roles:\n"
                + "      - {office: president, country: TR, from: 2020-13-01}\n";

        assertThatThrownBy(() -> RegistryLoader.parse(yaml, "actors.yml"))
                .isInstanceOf(RegistryException.class)
                .hasMessage("actors.yml:[6,48] bad date '2020-13-01' in 'from' (expected YYYY-MM-DD)");
    }

    @Test
    void reportsUnknownKind() {
        String yaml = "actors:\n  - id: x\n    name: X\n    kind: PERSONA\n";

        assertThatThrownBy(() -> RegistryLoader.parse(yaml, "a.yml"))
                .hasMessage("a.yml:[4,11] unknown kind 'PERSONA' (expected PERSON, ORGANIZATION or STATE)");
    }

    @Test
    void reportsDuplicateId() {
        String yaml = "actors:\n  - {id: x, name: X, kind: PERSON}\n  - {id: x, name: Y, kind: PERSON}\n";

        assertThatThrownBy(() -> RegistryLoader.parse(yaml, "a.yml")).hasMessage("a.yml:[3,5] duplicate id 'x'");
    }

    @Test
    void reportsRepeatedKeyInsteadOfKeepingTheLast() {
        String yaml = "actors:\n  - id: x\n    id: y\n    name: X\n    kind: PERSON\n";

        assertThatThrownBy(() -> RegistryLoader.parse(yaml, "a.yml")).hasMessage("a.yml:[3,5] duplicate key 'id'");
    }

    @Test
    void reportsMisspeltKeyInsteadOfDroppingIt() {
        String yaml = "actors:\n  - {id: x, name: X, kind: PERSON, alias: [Y]}\n";

        assertThatThrownBy(() -> RegistryLoader.parse(yaml, "a.yml"))
                .hasMessageStartingWith("a.yml:[2,36] unknown key 'alias'");
    }

    @Test
    void reportsYamlSyntaxErrorsWithTheirPlace() {
        assertThatThrownBy(() -> RegistryLoader.parse("actors:\n  - {id: x\n", "a.yml"))
                .isInstanceOf(RegistryException.class)
                .hasMessageStartingWith("a.yml:[3,");
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(RegistryLoaderTest.class.getResource(name).toURI());
    }
}
