package org.corpusqa.actors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OfficesTest {
    private final Offices offices = Offices.get();

    @Test
    void normalisingFoldsAndSeparatesHyphensAsWords() {
        assertThat(Offices.normalise(" Vice-President ")).isEqualTo("vice - president");
        assertThat(Offices.normalise("Première  Ministre")).isEqualTo("premiere ministre");
    }

    @Test
    void collapsesEveryRunOfWhitespaceAsTheRegexDid() {
        for (String s :
                new String[] {"a  b", "a\t\tb", "a \n\r b", "a\u000Bb\fc", " a b ", "a\u2003 b", "", "   ", "ab"}) {
            assertThat(Offices.collapseSpaces(s)).isEqualTo(s.replaceAll("\\s+", " "));
        }
    }

    @Test
    void aTitleIsAFormOfTheSameOfficeTheOfficeBeforeOfAndQualifiedOffices() {
        assertThat(offices.isFormOf("mayor", "mayor of paris")).isTrue();
        assertThat(offices.isFormOf("president", "jaxa president")).isTrue();
        assertThat(offices.isFormOf("interior minister", "junior interior minister"))
                .isTrue();
        assertThat(offices.isFormOf("president", "president")).isTrue();
    }

    @Test
    void cabinetAndCourtOfficesBeyondTheTopOnesAreKnownByTheirUsualWordings() {
        assertThat(offices.lookup(Offices.normalise("minister of health"))
                        .orElseThrow()
                        .office())
                .isEqualTo("health minister");
        assertThat(offices.lookup(Offices.normalise("vice-chancellor"))
                        .orElseThrow()
                        .office())
                .isEqualTo("vice chancellor");
        assertThat(offices.lookup(Offices.normalise("leader of the opposition"))
                        .orElseThrow()
                        .office())
                .isEqualTo("opposition leader");
        assertThat(offices.isFormOf("chancellor", "vice-chancellor")).isFalse();
    }

    @Test
    void subordinateQualifiersMakeAnotherOfficeEveryTimeTheyAreAsked() {
        for (int i = 0; i < 3; i++) {
            assertThat(offices.isFormOf("president", "vice president")).isFalse();
            assertThat(offices.isFormOf("foreign minister", "deputy foreign minister"))
                    .isFalse();
        }
    }

    @Test
    void aMinisterByPortfolioFitsAnOfficeWithThatPortfolio() {
        assertThat(offices.isFormOf("interior minister", "interior cabinet secretary"))
                .isTrue();
        assertThat(offices.isFormOf("interior minister", "finance cabinet secretary"))
                .isFalse();
    }

    @Test
    void aRegistryOfficeThatRepeatsAWordIsNoError() {
        assertThat(offices.isFormOf("state minister", "minister of state for state affairs"))
                .isTrue();
    }
}
