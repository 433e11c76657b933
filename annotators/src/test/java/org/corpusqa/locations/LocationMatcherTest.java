package org.corpusqa.locations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Finding place names: what counts as a name written as a name. */
class LocationMatcherTest {

    private static final LocationMatcher MATCHER = LocationMatcher.embedded();

    /** Each match as {@code text/KIND/CC}, {@code CC} being {@code ?} for an unknown place. */
    static List<String> found(String text) {
        return MATCHER.match(text).stream()
                .map(m -> text.substring(m.begin(), m.end()) + "/" + m.kind() + "/"
                        + (m.place() == null ? "?" : m.place().countryCode()))
                .toList();
    }

    @Test
    void findsCountriesAndCitiesAsWholeWords() {
        assertThat(found("Talks in Nairobi and Addis Ababa focused on Ethiopia and Somalia."))
                .containsExactly("Nairobi/CITY/KE", "Addis Ababa/CITY/ET", "Ethiopia/COUNTRY/ET", "Somalia/COUNTRY/SO");
        assertThat(found("The Parisian and Romanesque styles.")).isEmpty();
    }

    @Test
    void possessiveGivesTheNameAlone() {
        assertThat(found("Pakistan’s capital and Brazil's coast and Chile´s north."))
                .containsExactly("Pakistan/COUNTRY/PK", "Brazil/COUNTRY/BR", "Chile/COUNTRY/CL");
    }

    @Test
    void hyphenatedCompoundGivesTheName() {
        assertThat(found("An Idlib-based group and Kenya-born runners in a Russia-Ukraine deal."))
                .containsExactly("Idlib/CITY/SY", "Kenya/COUNTRY/KE", "Russia/COUNTRY/RU", "Ukraine/COUNTRY/UA");
    }

    @Test
    void multiwordNamesWinOverTheirParts() {
        assertThat(found("Flights from New Delhi to Buenos Aires via Rio de Janeiro."))
                .containsExactly("New Delhi/CITY/IN", "Buenos Aires/CITY/AR", "Rio de Janeiro/CITY/BR");
    }

    @Test
    void matchesWithoutDiacriticsOrWithThem() {
        assertThat(found("From São Paulo to Sao Paulo, from Kraków to Krakow, İstanbul and Istanbul."))
                .containsExactly(
                        "São Paulo/CITY/BR",
                        "Sao Paulo/CITY/BR",
                        "Kraków/CITY/PL",
                        "Krakow/CITY/PL",
                        "İstanbul/CITY/TR",
                        "Istanbul/CITY/TR");
    }

    @Test
    void datelinesInCapitalsAreMatched() {
        assertThat(found("WASHINGTON: The president spoke.")).containsExactly("WASHINGTON/CITY/US");
        assertThat(found("MUNICH, Germany: Ministers met.")).containsExactly("MUNICH/CITY/DE", "Germany/COUNTRY/DE");
        assertThat(found("NAIROBI (Reuters) - Rain fell.")).containsExactly("NAIROBI/CITY/KE");
        assertThat(found("Reuters, Moscow :\nThe Kremlin said.")).containsExactly("Moscow/CITY/RU");
    }

    @Test
    void aPlaceBeforeALocalOfficeIsTheJurisdiction() {
        assertThat(found("The plan was backed by Lagos Governor Babajide Sanwo-Olu and Ontario Premier Doug Ford."))
                .containsExactly("Lagos/CITY/NG", "Ontario/ADMIN/CA");
        assertThat(found("He read the Lagos Business Review.")).isEmpty();
    }

    @Test
    void aMonthIsADateUnlessTheTextSaysItIsAPlace() {
        assertThat(found("LAGOS, March 3 (Reuters) - Prices rose in May and again in March."))
                .containsExactly("LAGOS/CITY/NG");
        assertThat(found("Floods reached the town of March on Monday.")).containsExactly("March/CITY/GB");
    }

    @Test
    void aCommonWordNamingOnlyASmallTownNeedsEvidenceOfAPlace() {
        assertThat(found("\"I knew God was with us,\" he said, and the Bank agreed."))
                .isEmpty();
        assertThat(found("He grew up in Göd, north of Budapest.")).containsExactly("Göd/CITY/HU", "Budapest/CITY/HU");
    }

    @Test
    void headlinesInCapitalsAreMatched() {
        assertThat(found("FLOODS HIT DHAKA AND CHITTAGONG\nWater rose.")).contains("DHAKA/CITY/BD");
    }

    @Test
    void wordsInCapitalsInsideProseMatchOnlyAcronyms() {
        assertThat(found("The HTS group, TASS and the UN met US and UAE envoys."))
                .containsExactly("US/COUNTRY/US", "UAE/COUNTRY/AE");
    }

    @Test
    void acronymsMustBeWrittenInCapitals() {
        assertThat(found("Let us go. The U.S. and the USA.")).containsExactly("U.S./COUNTRY/US", "USA/COUNTRY/US");
    }

    @Test
    void aNameInACurrencySignIsPartOfTheAmount() {
        assertThat(found("Exports to the US rose to US$4bn, and HK$2m went to Hong Kong."))
                .containsExactly("US/COUNTRY/US", "Hong Kong/COUNTRY/HK");
    }

    @Test
    void namesMustBeCapitalised() {
        assertThat(found("a nice day in mobile homes near the bath")).isEmpty();
        assertThat(found("Voters in Nice and Bath.")).containsExactly("Nice/CITY/FR", "Bath/CITY/GB");
    }

    @Test
    void commonWordsAreNotPlacesWhereEveryWordIsCapitalised() {
        assertThat(found("Nice work. Of course. Mobile networks failed.")).isEmpty();
        assertThat(found("Police Say Best Of Both Worlds In Split Decision")).isEmpty();
    }

    @Test
    void countryNamesThatAreWordsStillMatchAtSentenceStart() {
        assertThat(found("Turkey has troops there. China agreed."))
                .containsExactly("Turkey/COUNTRY/TR", "China/COUNTRY/CN");
    }

    @Test
    void namesInsideLongerProperNamesAreDropped() {
        assertThat(found("He spoke at the Munich Security Conference with Vladimir Putin, the Washington Post said."))
                .isEmpty();
        assertThat(found("They met Victoria Nuland and President Jackson in Ottawa."))
                .containsExactly("Ottawa/CITY/CA");
    }

    @Test
    void typeWordAfterTheNameDoesNotMakeItPartOfALongerName() {
        assertThat(found("Shelling hit Hama Province and Aleppo City on Monday."))
                .containsExactly("Hama/ADMIN/SY", "Aleppo/CITY/SY");
    }

    @Test
    void aWeekdayAbbreviationBeforeADateIsNoPlace() {
        assertThat(found("Jakarta / Mon, August 26, 2019")).containsExactly("Jakarta/CITY/ID");
    }

    @Test
    void aCommonWordOnceAPlaceStaysAPlace() {
        assertThat(found("Help came to Flint on Saturday.\n\nFlint Mayor Karen Weaver thanked the people of Flint."))
                .containsExactly("Flint/CITY/US", "Flint/CITY/US", "Flint/CITY/US");
        assertThat(found("A flint knife. Flint tools were found.")).isEmpty();
    }

    @Test
    void aPortfolioTitleAfterTheNameDoesNotMakeItPartOfALongerName() {
        assertThat(found("said NSW Transport Minister Andrew Constance, not the Kenya Airways chief."))
                .containsExactly("NSW/ADMIN/AU");
    }

    @Test
    void possessiveAndModifierBeforeTheNameAreNotPartOfIt() {
        assertThat(found("Syria’s Idlib and Rebel-held Homs. Beleaguered Mariupol held out."))
                .containsExactly("Syria/COUNTRY/SY", "Idlib/CITY/SY", "Homs/CITY/SY", "Mariupol/CITY/UA");
    }

    @Test
    void arabicArticleBelongsToTheName() {
        assertThat(found("Hayat Tahrir al-Sham fighters entered al-Bab.")).containsExactly("al-Bab/CITY/SY");
    }

    @Test
    void phrasesThatAreNotPlacesHideThePlaceInside() {
        assertThat(found("Exports to Latin America and the Middle East grew, the White House said."))
                .isEmpty();
    }

    @Test
    void divisionsWithALocalNameInGeoNamesMatchTheirEnglishName() {
        assertThat(found("Storms hit Rhineland-Palatinate and the Leningrad region."))
                .containsExactly("Rhineland-Palatinate/ADMIN/DE", "Leningrad/ADMIN/RU");
    }

    @Test
    void continentsArePlacesWithoutACountry() {
        assertThat(found("Exports to South America and Africa grew, while supply chains left Asia."))
                .containsExactly("South America/OTHER/", "Africa/OTHER/", "Asia/OTHER/");
    }

    @Test
    void townBeforeAVerbOfSayingIsASurname() {
        assertThat(found("Jackson said the plan would fail, Lincoln added.")).isEmpty();
        assertThat(found("Officials in Lincoln said the plan would fail.")).containsExactly("Lincoln/CITY/US");
    }

    @Test
    void capitalsAndCountriesBeforeAVerbOfSayingAreKeptForTheActorAnnotator() {
        assertThat(found("Moscow said it would respond, and Ukraine said so too."))
                .containsExactly("Moscow/CITY/RU", "Ukraine/COUNTRY/UA");
    }

    @Test
    void commonWordAfterAnotherCapitalisedWordIsPartOfAName() {
        assertThat(found("Verizon Mobile customers in Mobile lost service.")).containsExactly("Mobile/CITY/US");
    }

    @Test
    void abbreviatedTitleMakesTheNameAPerson() {
        assertThat(found("Mr. Houston declined to comment in Houston.")).containsExactly("Houston/CITY/US");
    }

    @Test
    void namesBetterKnownAsSomethingElseAreDropped() {
        assertThat(found("Hamas fighters, Obama's policy and Xinhua news agency."))
                .isEmpty();
    }

    @Test
    void nameFollowedByAnAgeIsAPerson() {
        assertThat(found("Police arrested Eugene, 34, in Lyon.")).containsExactly("Lyon/CITY/FR");
    }

    @Test
    void commonWordAfterTheIsATitle() {
        assertThat(found("The Eagle has landed.")).isEmpty();
    }

    @Test
    void shortIngNameBeforeACityIsAFirstName() {
        assertThat(found("Irving Berlin wrote songs. Neighbouring Turkey agreed."))
                .containsExactly("Turkey/COUNTRY/TR");
    }

    @Test
    void aynMarksOfArabicNamesAreOptional() {
        assertThat(found("Turkish troops deployed to Afrin.")).containsExactly("Afrin/CITY/SY");
    }
}
