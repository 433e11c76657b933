package org.corpusqa.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class RoleSuggesterTest {

    @Test
    void readsOfficeAndCountryFromTheTitleBeforeTheName() {
        String text = "Earlier on Saturday, Turkish Vice-President Fuat Oktay insisted";

        Optional<RoleSuggester.Suggestion> role = RoleSuggester.suggest(text, text.indexOf("Fuat"), "2020-02-15");

        assertThat(role).hasValueSatisfying(r -> {
            assertThat(r.title()).isEqualTo("Turkish Vice-President");
            assertThat(r.toYaml()).isEqualTo("{office: vice president, country: TR, from: 2020-02-15}");
        });
    }

    @Test
    void readsLowerCaseTitlesFromOtherCountries() {
        String text = "said German foreign minister Annalena Baerbock.";

        assertThat(RoleSuggester.suggest(text, text.indexOf("Annalena"), "2023-05"))
                .map(RoleSuggester.Suggestion::toYaml)
                .hasValue("{office: foreign minister, country: DE, from: 2023-05}");
    }

    @Test
    void keepsTheOfficeWithoutCountryWhenNoDemonymPrecedes() {
        String text = "Spokesman Dmitry Peskov said";

        assertThat(RoleSuggester.suggest(text, text.indexOf("Dmitry"), ""))
                .map(RoleSuggester.Suggestion::toYaml)
                .hasValue("{office: spokesman}");
    }

    @Test
    void suggestsNothingWithoutATitle() {
        String text = "Protesters met Jane Doeland, a farmer.";

        assertThat(RoleSuggester.suggest(text, text.indexOf("Jane"), "2021-01-01"))
                .isEmpty();
    }

    @Test
    void doesNotReachAcrossPunctuation() {
        String text = "the president, Jane Doeland said";

        assertThat(RoleSuggester.suggest(text, text.indexOf("Jane"), "2021-01-01"))
                .isEmpty();
    }
}
