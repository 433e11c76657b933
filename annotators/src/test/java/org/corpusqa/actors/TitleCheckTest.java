package org.corpusqa.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import org.corpusqa.registry.RegistryLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The title written before a registry name is checked against the registry's offices leniently:
 * short and generic forms fit, only a real contradiction is a {@code title-mismatch} finding.
 */
class TitleCheckTest {
    private static final String REGISTRY =
            """
            actors:
              - id: pontes
                name: Marcos Pontes
                kind: PERSON
                roles:
                  - {office: aeb president, country: BR, from: 2019-01-01, to: 2022-03-31}
              - id: zacharopoulou
                name: Chrysoula Zacharopoulou
                kind: PERSON
                roles:
                  - {office: junior foreign minister, country: FR, from: 2022-05-20, to: 2024-01-11}
              - id: ford
                name: Doug Ford
                kind: PERSON
                roles:
                  - {office: premier of ontario, country: CA, from: 2018-06-29}
              - id: harris
                name: Kamala Harris
                kind: PERSON
                roles:
                  - {office: vice president, country: US, from: 2021-01-20, to: 2025-01-20}
              - id: michel
                name: Charles Michel
                kind: PERSON
                roles:
                  - {office: prime minister, country: BE, from: 2014-10-11, to: 2019-10-27}
              - id: mattarella
                name: Sergio Mattarella
                kind: PERSON
                roles:
                  - {office: president, country: IT, from: 2015-02-03}
              - id: grasso
                name: Giovanni Grasso
                kind: PERSON
                roles:
                  - {office: spokesman, country: IT, from: 2015-02-03}
              - id: duale
                name: Aden Duale
                kind: PERSON
                roles:
                  - {office: defence cabinet secretary, country: KE, from: 2022-10-27}
              - id: rudenko
                name: Andrey Rudenko
                kind: PERSON
                roles:
                  - {office: deputy foreign minister, country: RU, from: 2019-01-01}
              - id: aeb
                name: Brazilian Space Agency
                kind: ORGANIZATION
                country: BR
                aliases: [AEB]
              - id: ferrari
                name: Ferrari
                kind: ORGANIZATION
                country: IT
              - id: quirinale
                name: Quirinale Palace
                kind: ORGANIZATION
                country: IT
                aliases: [Quirinale]
            """;

    private static ActorFinder finder;

    @BeforeAll
    static void loadRegistry() throws Exception {
        finder = new ActorFinder(RegistryLoader.parse(REGISTRY, "inline"));
    }

    @Test
    void anOrganisationsTitleFitsTheRegistrysOfficeOfThatOrganisation() {
        assertThat(findings("AEB President Marcos Pontes said the launch was on time.", "2020-03"))
                .isEmpty();
    }

    @Test
    void aGenericTitleFitsAQualifiedOffice() {
        assertThat(findings("Foreign Minister Chrysoula Zacharopoulou said aid would follow.", "2023-02"))
                .isEmpty();
    }

    @Test
    void aTitleFitsTheOfficeBeforeOf() {
        assertThat(findings("Premier Doug Ford said the highway would be built.", "2023-02"))
                .isEmpty();
    }

    @Test
    void aMinisterByPortfolioFitsWhateverTheCountryCallsTheOffice() {
        assertThat(findings("Defence Minister Aden Duale said troops were ready.", "2023-06"))
                .isEmpty();
    }

    @Test
    void aDeputyMinisterIsNoMinister() {
        assertThat(findings("Foreign Minister Andrey Rudenko said talks were over.", "2023-06"))
                .singleElement()
                .satisfies(f -> assertThat(f.ruleId()).isEqualTo(ActorFinding.TITLE_MISMATCH));
    }

    @Test
    void aVicePresidentIsNoPresident() {
        assertThat(findings("President Kamala Harris said the bill would pass.", "2023-06"))
                .singleElement()
                .satisfies(f -> assertThat(f.ruleId()).isEqualTo(ActorFinding.TITLE_MISMATCH));
    }

    @Test
    void anOfficeTheRegistryNeverGivesThePersonIsAGapNotAContradiction() {
        assertThat(findings("European Council President Charles Michel said talks would resume.", "2022-04"))
                .isEmpty();
    }

    @Test
    void anOfficeHeldAtAnotherTimeIsOutOfDate() {
        assertThat(findings("Prime Minister Charles Michel said talks would resume.", "2022-04"))
                .singleElement()
                .satisfies(f -> assertThat(f.message()).contains("prime minister", "2022-04"));
    }

    @Test
    void aCompanysPresidentIsNotTheStatesPresident() {
        String text = "Ferrari's president said the team would appeal.";

        assertThat(render(text)).isEqualTo("Ferrari/NAME/ferrari");
    }

    @Test
    void aStateOrgansSpokesmanSpeaksForTheState() {
        String text = "The Quirinale spokesman said the president had signed.";

        assertThat(render(text)).startsWith("Quirinale/NAME/quirinale; spokesman/TITLE/grasso");
    }

    private static java.util.List<ActorFinding> findings(String text, String date) {
        return finder.find(text, DocumentDate.parse(date)).findings();
    }

    private static String render(String text) {
        return finder.find(text, DocumentDate.parse("2023-05")).mentions().stream()
                .map(m -> text.substring(m.begin(), m.end()) + "/" + m.mentionType() + "/" + m.entityId())
                .collect(Collectors.joining("; "));
    }
}
