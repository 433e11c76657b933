package org.corpusqa.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import org.corpusqa.registry.RegistryLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A form that several registry entries share (the highest courts of two countries, two parties
 * called Labour, an acronym that spells a country) resolves from the document: case, the entries
 * the text names in full, then the countries the text is about.
 */
class AmbiguityResolutionTest {
    private static final String REGISTRY =
            """
            actors:
              - id: ng-supreme-court
                name: Supreme Court of Nigeria
                kind: ORGANIZATION
                country: NG
                aliases: [Supreme Court]
              - id: pk-supreme-court
                name: Supreme Court of Pakistan
                kind: ORGANIZATION
                country: PK
                aliases: [Supreme Court]
              - id: uk-labour
                name: Labour Party
                kind: ORGANIZATION
                country: GB
                aliases: [Labour]
              - id: nz-labour
                name: New Zealand Labour Party
                kind: ORGANIZATION
                country: NZ
                aliases: [Labour]
              - id: rbnz
                name: Reserve Bank of New Zealand
                kind: ORGANIZATION
                country: NZ
              - id: chad-coalition
                name: Coalition for Humanitarian Aid and Development
                kind: ORGANIZATION
                country: GB
                aliases: [CHAD]
              - id: hillary-clinton
                name: Hillary Clinton
                kind: PERSON
                gender: female
              - id: bill-clinton
                name: Bill Clinton
                kind: PERSON
                gender: male
            """;

    private static ActorFinder finder;

    @BeforeAll
    static void loadRegistry() throws Exception {
        finder = new ActorFinder(RegistryLoader.parse(REGISTRY, "inline"));
    }

    @Test
    void theCountriesOfTheStoryChooseTheCourt() {
        String text = "ABUJA (AFP) - Nigeria's Supreme Court on Friday upheld the governor's election.";

        ActorFinder.Result result = finder.find(text, DocumentDate.parse("2023-05"));

        assertThat(render(text, result)).isEqualTo("Nigeria/NAME/NG; Supreme Court/NAME/ng-supreme-court");
        assertThat(result.findings()).isEmpty();
    }

    @Test
    void aCapitalNamedAsAPlaceAlsoSaysWhichCountry() {
        String text = "In Islamabad, the Supreme Court ordered a recount.";

        assertThat(render(text, finder.find(text, DocumentDate.parse("2023-05"))))
                .isEqualTo("Supreme Court/NAME/pk-supreme-court");
    }

    @Test
    void anOrganisationOfOneCountryIsContextToo() {
        String text = "Labour criticised the Reserve Bank of New Zealand for raising rates again.";

        assertThat(render(text, finder.find(text, DocumentDate.parse("2023-05"))))
                .isEqualTo("Labour/NAME/nz-labour; Reserve Bank of New Zealand/NAME/rbnz");
    }

    @Test
    void withoutContextTheFormStaysAmbiguous() {
        String text = "The Supreme Court ruled on Monday.";

        ActorFinder.Result result = finder.find(text, DocumentDate.parse("2023-05"));

        assertThat(render(text, result)).isEqualTo("Supreme Court/NAME/");
        assertThat(result.findings()).extracting(ActorFinding::ruleId).containsExactly(ActorFinding.AMBIGUOUS);
    }

    @Test
    void countriesThatWeighTheSameDecideNothing() {
        String text = "Pakistan and Nigeria watched as the Supreme Court ruled.";

        assertThat(finder.find(text, DocumentDate.parse("2023-05")).findings())
                .extracting(ActorFinding::ruleId)
                .containsExactly(ActorFinding.AMBIGUOUS);
    }

    @Test
    void anAcronymFormMatchesOnlyCapitalsAndANameFormOnlyAName() {
        String text = "Chad closed its border, and the CHAD coalition said aid was blocked.";

        assertThat(render(text, finder.find(text, DocumentDate.parse("2023-05"))))
                .isEqualTo("Chad/NAME/TD; CHAD/NAME/chad-coalition");
    }

    @Test
    void inALineOfCapitalsCaseDecidesNothing() {
        String text = "AID GROUPS WARN CHAD OVER BORDER\n\nThe CHAD coalition said aid was blocked.";

        ActorFinder.Result result = finder.find(text, DocumentDate.parse("2023-05"));

        assertThat(result.mentions().get(0).matchRule()).doesNotEndWith("+case");
    }

    @Test
    void aBareSurnameKeepsToTheNamesakeIntroducedFirst() {
        String text = "Clinton claims nomination\n\nHillary Clinton won the nomination on Tuesday. Her husband,"
                + " Bill Clinton, watched from the front row. Clinton thanked her supporters.";

        ActorFinder.Result result = finder.find(text, DocumentDate.parse("2016-06"));

        assertThat(render(text, result))
                .isEqualTo("Clinton/NAME/hillary-clinton; Hillary Clinton/NAME/hillary-clinton;"
                        + " Bill Clinton/NAME/bill-clinton; Clinton/NAME/hillary-clinton");
        assertThat(result.findings()).isEmpty();
    }

    private static String render(String text, ActorFinder.Result result) {
        return result.mentions().stream()
                .map(m -> text.substring(m.begin(), m.end()) + "/" + m.mentionType() + "/" + m.entityId())
                .collect(Collectors.joining("; "));
    }
}
