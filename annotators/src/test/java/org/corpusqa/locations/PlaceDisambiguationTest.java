package org.corpusqa.locations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Choosing the reading of a name: cue words, the document's countries, neighbours, population. */
class PlaceDisambiguationTest {

    private static final LocationMatcher MATCHER = LocationMatcher.embedded();

    private static LocationMatch only(String text, String name) {
        return MATCHER.match(text).stream()
                .filter(m -> text.substring(m.begin(), m.end()).equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError(name + " not found in: " + text));
    }

    private static List<LocationMatch> all(String text, String name) {
        return MATCHER.match(text).stream()
                .filter(m -> text.substring(m.begin(), m.end()).equals(name))
                .toList();
    }

    @Test
    void provinceCueAfterTheNameGivesTheDivisionAndKeepsItOutOfTheSpan() {
        String text = "Troops moved west of Aleppo province.";
        LocationMatch aleppo = only(text, "Aleppo");
        assertThat(aleppo.kind()).isEqualTo(PlaceKind.ADMIN);
        assertThat(aleppo.end()).isEqualTo(text.indexOf(" province"));
    }

    @Test
    void provinceOfCueGivesTheDivision() {
        assertThat(only("the northwestern province of Idlib", "Idlib").kind()).isEqualTo(PlaceKind.ADMIN);
        assertThat(only("in the governorate of Basra", "Basra").kind()).isEqualTo(PlaceKind.ADMIN);
        assertThat(only("the state of Texas", "Texas").kind()).isEqualTo(PlaceKind.ADMIN);
    }

    @Test
    void regionAndOblastCuesGiveTheDivision() {
        assertThat(only("fighting in the Idlib region", "Idlib").kind()).isEqualTo(PlaceKind.ADMIN);
        assertThat(only("shelling in Lviv oblast", "Lviv").kind()).isEqualTo(PlaceKind.ADMIN);
    }

    @Test
    void cityCuesGiveTheCity() {
        assertThat(only("in the southern city of Sochi", "Sochi").kind()).isEqualTo(PlaceKind.CITY);
        assertThat(only("the town of Idlib", "Idlib").kind()).isEqualTo(PlaceKind.CITY);
        assertThat(only("the city of Guadalajara", "Guadalajara").kind()).isEqualTo(PlaceKind.CITY);
    }

    @Test
    void bareNameOfACityAndItsProvinceIsTheCity() {
        LocationMatch aleppo = only("Villages around Aleppo fell.", "Aleppo");
        assertThat(aleppo.kind()).isEqualTo(PlaceKind.CITY);
        assertThat(aleppo.place().latitude()).isCloseTo(36.20, within(0.01));
        assertThat(aleppo.isAmbiguous()).isFalse();
    }

    @Test
    void laterBareMentionKeepsTheReadingTheCueGaveEarlier() {
        List<LocationMatch> idlib = all("Shelling hit Idlib province on Monday. Idlib is home to 3 million.", "Idlib");
        assertThat(idlib).extracting(LocationMatch::kind).containsExactly(PlaceKind.ADMIN, PlaceKind.ADMIN);
    }

    @Test
    void countriesGetTheirCentroid() {
        LocationMatch germany = only("Refugees reached Germany.", "Germany");
        assertThat(germany.kind()).isEqualTo(PlaceKind.COUNTRY);
        assertThat(germany.place().latitude()).isCloseTo(51.17, within(0.01));
        assertThat(germany.place().longitude()).isCloseTo(10.45, within(0.01));
    }

    @Test
    void populationDecidesWhenNothingElseDoes() {
        assertThat(only("He flew to Paris.", "Paris").place().countryCode()).isEqualTo("FR");
        assertThat(only("Snow fell in Moscow.", "Moscow").place().countryCode()).isEqualTo("RU");
        assertThat(only("He lives in London.", "London").place().countryCode()).isEqualTo("GB");
    }

    @Test
    void bareNameOfACapitalIsTheCityNotTheStateOfTheSameName() {
        LocationMatch washington = only("Talks in Washington ended.", "Washington");
        assertThat(washington.kind()).isEqualTo(PlaceKind.CITY);
        assertThat(washington.place().isCapital()).isTrue();
    }

    @Test
    void placeNamedNextToItSettlesTheReading() {
        assertThat(only("Paris, Texas is small.", "Paris").place().countryCode())
                .isEqualTo("US");
        assertThat(only("Paris, Texas is small.", "Paris").isAmbiguous()).isFalse();
        assertThat(only("London, Ontario grew.", "London").place().countryCode())
                .isEqualTo("CA");
        assertThat(only("Tripoli, Lebanon was calm.", "Tripoli").place().countryCode())
                .isEqualTo("LB");
        LocationMatch georgia = all("Georgia and Atlanta, Georgia.", "Georgia").get(1);
        assertThat(georgia.kind()).isEqualTo(PlaceKind.ADMIN);
        assertThat(georgia.place().countryCode()).isEqualTo("US");
    }

    @Test
    void countriesTheDocumentMentionsFavourTheirPlaces() {
        assertThat(only("Fighting raged in Tripoli.", "Tripoli").place().countryCode())
                .isEqualTo("LY");
        assertThat(only("Lebanon's army deployed in Tripoli.", "Tripoli")
                        .place()
                        .countryCode())
                .isEqualTo("LB");
        assertThat(only("Clashes in Beirut spread to Tripoli.", "Tripoli")
                        .place()
                        .countryCode())
                .isEqualTo("LB");
    }

    @Test
    void countriesFromTheActorAnnotatorFavourTheirPlaces() {
        String text = "Protests spread to Hyderabad.";
        LocationMatch plain = MATCHER.match(text).get(0);
        LocationMatch withContext = MATCHER.match(text, Set.of("PK")).get(0);
        assertThat(plain.place().countryCode()).isEqualTo("IN");
        assertThat(withContext.place().countryCode()).isEqualTo("PK");
    }

    @Test
    void closeReadingsOfDifferentPlacesAreReportedAsAlternatives() {
        LocationMatch hyderabad = only("Protests spread to Hyderabad.", "Hyderabad");
        assertThat(hyderabad.isAmbiguous()).isTrue();
        assertThat(hyderabad.alternatives()).extracting(Place::countryCode).containsExactly("PK");
        LocationMatch punjab = only("Floods hit Punjab.", "Punjab");
        assertThat(punjab.isAmbiguous()).isTrue();
    }

    @Test
    void readingsOfOnePlaceAreNotAmbiguous() {
        assertThat(only("Shelling in Idlib continued.", "Idlib").isAmbiguous()).isFalse();
        assertThat(only("Visitors to Singapore rose.", "Singapore").isAmbiguous())
                .isFalse();
        assertThat(only("Visitors to Singapore rose.", "Singapore").kind()).isEqualTo(PlaceKind.COUNTRY);
    }

    @Test
    void alternateSpellingsResolveToThePlace() {
        assertThat(only("Shelling near Kiev resumed.", "Kiev").place().name()).isEqualTo("Kyiv");
        assertThat(only("Strikes on Raqqa continued.", "Raqqa").place().countryCode())
                .isEqualTo("SY");
    }

    @Test
    void cityInsideTheStateOfTheSameNameIsOnePlaceForAmbiguity() {
        LocationMatch newYork = only("Rents rose in New York.", "New York");
        assertThat(newYork.kind()).isEqualTo(PlaceKind.CITY);
        assertThat(newYork.isAmbiguous()).isFalse();
    }

    @Test
    void bareStateNameWithoutACityOfItsOwnIsTheState() {
        assertThat(only("Snow fell across Wyoming.", "Wyoming").kind()).isEqualTo(PlaceKind.ADMIN);
    }

    @Test
    void countryNameYieldsToTheStateWhenTheTextIsAboutTheUnitedStates() {
        assertThat(only("Storms hit Asheville and Tennessee, then a lab in Georgia.", "Georgia")
                        .place()
                        .countryCode())
                .isEqualTo("US");
        assertThat(only("Storms hit Tbilisi and the rest of Georgia.", "Georgia")
                        .kind())
                .isEqualTo(PlaceKind.COUNTRY);
    }

    @Test
    void datelineSetsTheCountryOfTheStory() {
        assertThat(only("WASHINGTON: Officials in Georgia said the storm passed.", "Georgia")
                        .place()
                        .countryCode())
                .isEqualTo("US");
        assertThat(only("BEIRUT (Reuters) - Clashes erupted in Tripoli overnight.", "Tripoli")
                        .place()
                        .countryCode())
                .isEqualTo("LB");
    }
}
