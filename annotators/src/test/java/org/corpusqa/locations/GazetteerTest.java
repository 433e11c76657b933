package org.corpusqa.locations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class GazetteerTest {

    private static final Gazetteer GAZETTEER = Gazetteer.embedded();

    @Test
    void countriesHaveCentroidCoordinates() {
        Place syria = GAZETTEER.country("SY").orElseThrow();
        assertThat(syria.kind()).isEqualTo(PlaceKind.COUNTRY);
        assertThat(syria.latitude()).isCloseTo(34.80, within(0.01));
        assertThat(syria.longitude()).isCloseTo(38.99, within(0.01));
        assertThat(GAZETTEER.country("pk").orElseThrow().longitude()).isCloseTo(69.35, within(0.01));
        assertThat(GAZETTEER.countries()).hasSizeGreaterThan(240);
    }

    @Test
    void findsCountriesByCommonEnglishNames() {
        assertThat(GAZETTEER.countryByName("U.S.")).map(Place::countryCode).contains("US");
        assertThat(GAZETTEER.countryByName("America")).map(Place::countryCode).contains("US");
        assertThat(GAZETTEER.countryByName("Britain")).map(Place::countryCode).contains("GB");
        assertThat(GAZETTEER.countryByName("Czechia")).map(Place::countryCode).contains("CZ");
        assertThat(GAZETTEER.countryByName("Czech Republic"))
                .map(Place::countryCode)
                .contains("CZ");
        assertThat(GAZETTEER.countryByName("Ivory Coast"))
                .map(Place::countryCode)
                .contains("CI");
        assertThat(GAZETTEER.countryByName("Côte d’Ivoire"))
                .map(Place::countryCode)
                .contains("CI");
        assertThat(GAZETTEER.countryByName("Holland")).map(Place::countryCode).contains("NL");
        assertThat(GAZETTEER.countryByName("Burma")).map(Place::countryCode).contains("MM");
        assertThat(GAZETTEER.countryByName("DR Congo")).map(Place::countryCode).contains("CD");
        assertThat(GAZETTEER.countryByName("South Korea"))
                .map(Place::countryCode)
                .contains("KR");
        assertThat(GAZETTEER.countryByName("Vatican")).map(Place::countryCode).contains("VA");
    }

    @Test
    void knowsCapitals() {
        assertThat(GAZETTEER.capital("TR")).map(Place::name).contains("Ankara");
        assertThat(GAZETTEER.capital("SY")).map(Place::name).contains("Damascus");
        assertThat(GAZETTEER.capital("US")).map(Place::name).contains("Washington");
    }

    @Test
    void divisionsAreKnownByShortNameAndTakeTheirSeatsCoordinates() {
        List<Place> idlib = GAZETTEER.lookup("Idlib");
        Place province = idlib.stream()
                .filter(p -> p.kind() == PlaceKind.ADMIN)
                .findFirst()
                .orElseThrow();
        Place city = idlib.stream()
                .filter(p -> p.kind() == PlaceKind.CITY)
                .findFirst()
                .orElseThrow();
        assertThat(province.latitude()).isEqualTo(city.latitude());
        assertThat(province.longitude()).isEqualTo(city.longitude());
        assertThat(GAZETTEER.lookup("Idlib Governorate")).isEmpty();
    }

    @Test
    void divisionsAreKnownByTheirEnglishNames() {
        assertThat(GAZETTEER.lookup("Rhineland-Palatinate"))
                .singleElement()
                .satisfies(p -> assertThat(p.countryCode() + "/" + p.kind()).isEqualTo("DE/ADMIN"));
        assertThat(GAZETTEER.lookup("Gyeonggi")).extracting(Place::countryCode).containsExactly("KR");
        assertThat(GAZETTEER.lookup("Castile and Leon")).extracting(Place::kind).containsExactly(PlaceKind.ADMIN);
    }

    @Test
    void lookupIgnoresCaseAndDiacritics() {
        assertThat(GAZETTEER.lookup("sao paulo")).extracting(Place::countryCode).contains("BR");
        assertThat(GAZETTEER.lookup("ISTANBUL")).extracting(Place::countryCode).contains("TR");
    }

    @Test
    void keepsUsefulAlternateSpellings() {
        assertThat(GAZETTEER.lookup("Kiev")).extracting(Place::name).contains("Kyiv");
        assertThat(GAZETTEER.lookup("Raqqa")).extracting(Place::countryCode).contains("SY");
        assertThat(GAZETTEER.lookup("Cologne")).extracting(Place::countryCode).contains("DE");
    }

    @Test
    void overridesTakeOverTheNamesTheyDeclare() {
        Place camp = new Place(
                "atmeh", PlaceKind.CITY, "", "Atmeh", List.of("Atmeh", "Idlib"), List.of(), 36.2, 36.7, "SY", 0, "");
        Gazetteer merged = GAZETTEER.withOverrides(List.of(camp));
        assertThat(merged.lookup("Idlib")).containsExactly(camp);
        assertThat(merged.lookup("Aleppo")).isNotEmpty();
        assertThat(merged.byId("169389")).map(Place::name).contains("Idlib");
    }
}
