package org.corpusqa.locations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class NameRulesTest {

    @Test
    void shortDivisionNameDropsTypeWordsAfterTheName() {
        assertThat(NameRules.shortDivisionName("Idlib Governorate")).contains("Idlib");
        assertThat(NameRules.shortDivisionName("Moscow Oblast")).contains("Moscow");
        assertThat(NameRules.shortDivisionName("Kharkivs’ka Oblast’")).contains("Kharkivs’ka");
        assertThat(NameRules.shortDivisionName("Sindh Province")).contains("Sindh");
        assertThat(NameRules.shortDivisionName("Tatarstan Republic")).contains("Tatarstan");
        assertThat(NameRules.shortDivisionName("Xinjiang Uyghur Autonomous Region"))
                .contains("Xinjiang Uyghur");
    }

    @Test
    void shortDivisionNameDropsTypeWordsBeforeTheName() {
        assertThat(NameRules.shortDivisionName("Muhafazat Idlib")).contains("Idlib");
        assertThat(NameRules.shortDivisionName("State of Berlin")).contains("Berlin");
        assertThat(NameRules.shortDivisionName("Region of Magallanes")).contains("Magallanes");
        assertThat(NameRules.shortDivisionName("Republic of Tyva")).contains("Tyva");
    }

    @Test
    void shortDivisionNameIsEmptyWhenNothingOrOnlyADirectionRemains() {
        assertThat(NameRules.shortDivisionName("Bavaria")).isEmpty();
        assertThat(NameRules.shortDivisionName("Northern Territory")).isEmpty();
        assertThat(NameRules.shortDivisionName("Eastern Province")).isEmpty();
        assertThat(NameRules.shortDivisionName("Central Region")).isEmpty();
        assertThat(NameRules.shortDivisionName("Jewish Autonomous Oblast")).isEmpty();
    }

    @Test
    void dropsArabicArticleOnlyInArabicSpeakingCountries() {
        assertThat(NameRules.withoutArticle("Ar Raqqah", "SY")).contains("Raqqah");
        assertThat(NameRules.withoutArticle("Al Anbar", "IQ")).contains("Anbar");
        assertThat(NameRules.withoutArticle("Al-Hasakah", "SY")).contains("Hasakah");
        assertThat(NameRules.withoutArticle("El Paso", "US")).isEmpty();
        assertThat(NameRules.withoutArticle("Al Bab", "SY")).isEmpty();
    }

    @Test
    void keepsOnlyLatinScriptNameShapedAlternates() {
        Set<String> common = Set.of("vine");
        assertThat(NameRules.isUsefulAlternate("Kiev", common)).isTrue();
        assertThat(NameRules.isUsefulAlternate("Deir al-Zor", common)).isTrue();
        assertThat(NameRules.isUsefulAlternate("Киев", common)).isFalse();
        assertThat(NameRules.isUsefulAlternate("IEV", common)).isFalse();
        assertThat(NameRules.isUsefulAlternate("ji fu", common)).isFalse();
        assertThat(NameRules.isUsefulAlternate("Kiu", common)).isFalse();
        assertThat(NameRules.isUsefulAlternate("Vine", common)).isFalse();
        assertThat(NameRules.isUsefulAlternate("Chennai - cennai", common)).isFalse();
    }

    @Test
    void spellingVariantsShareTheFirstLetterOrAreAFewEditsAway() {
        assertThat(NameRules.isSpellingVariant("Raqqa", "Ar Raqqah")).isTrue();
        assertThat(NameRules.isSpellingVariant("Kiev", "Kyiv")).isTrue();
        assertThat(NameRules.isSpellingVariant("Nicephorium", "Ar Raqqah")).isFalse();
    }
}
