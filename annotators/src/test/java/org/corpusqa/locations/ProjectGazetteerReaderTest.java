package org.corpusqa.locations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProjectGazetteerReaderTest {

    private static List<Place> read(String yaml) {
        return ProjectGazetteerReader.read(new StringReader(yaml), "places.yml");
    }

    @Test
    void readsPlacesUnderAPlacesKey() {
        List<Place> places = read(
                """
                places:
                  - id: atmeh
                    name: Atmeh
                    aliases: [Atma, Atmeh camp]
                    kind: city
                    country: sy
                    lat: 36.24
                    lon: 36.69
                    population: 5000
                """);
        assertThat(places).hasSize(1);
        Place atmeh = places.get(0);
        assertThat(atmeh.id()).isEqualTo("atmeh");
        assertThat(atmeh.kind()).isEqualTo(PlaceKind.CITY);
        assertThat(atmeh.countryCode()).isEqualTo("SY");
        assertThat(atmeh.names()).containsExactly("Atmeh", "Atma", "Atmeh camp");
        assertThat(atmeh.latitude()).isEqualTo(36.24);
        assertThat(atmeh.population()).isEqualTo(5000);
    }

    @Test
    void readsATopLevelListAndPlacesWithoutCountry() {
        List<Place> places = read(
                """
                - {id: med, name: Eastern Mediterranean, kind: OTHER, lat: 34.0, lon: 33.0}
                - {id: ghouta, name: Eastern Ghouta, kind: ADMIN, country: SY, lat: 33.55, lon: 36.4}
                """);
        assertThat(places).extracting(Place::id).containsExactly("med", "ghouta");
        assertThat(places.get(0).countryCode()).isEmpty();
    }

    @Test
    void emptyFileHasNoPlaces() {
        assertThat(read("")).isEmpty();
    }

    @Test
    void missingFieldNamesFileAndLine() {
        assertThatThrownBy(
                        () -> read(
                                """
                        places:
                          - id: a
                            name: A
                            kind: CITY
                            country: SY
                            lat: 1
                            lon: 2
                          - id: b
                            kind: CITY
                            country: SY
                            lat: 1
                            lon: 2
                        """))
                .isInstanceOf(GazetteerFormatException.class)
                .hasMessage("places.yml:8: missing 'name'");
    }

    @Test
    void badValuesNameTheirLine() {
        assertThatThrownBy(() -> read("- {id: a, name: A, kind: TOWN, country: SY, lat: 1, lon: 2}"))
                .hasMessageStartingWith("places.yml:1: kind must be COUNTRY, ADMIN, CITY or OTHER");
        assertThatThrownBy(() -> read("- id: a\n  name: A\n  kind: CITY\n  country: SY\n  lat: 91\n  lon: 2\n"))
                .hasMessageStartingWith("places.yml:5: 'lat' must lie between");
        assertThatThrownBy(() -> read("- id: a\n  name: A\n  kind: CITY\n  country: Syria\n  lat: 1\n  lon: 2\n"))
                .hasMessageStartingWith("places.yml:4: country must be an ISO 3166-1 alpha-2 code");
        assertThatThrownBy(() -> read("- id: a\n  name: A\n  kind: CITY\n  country: SY\n  lat: 1\n  lon: x\n"))
                .hasMessage("places.yml:6: 'lon' must be a number, not 'x'");
    }

    @Test
    void unknownKeysAndDuplicateIdsAreErrors() {
        assertThatThrownBy(() -> read("- {id: a, name: A, kind: CITY, country: SY, lat: 1, lon: 2, alias: B}"))
                .hasMessageStartingWith("places.yml:1: unknown key 'alias'");
        assertThatThrownBy(
                        () -> read(
                                """
                        - {id: a, name: A, kind: CITY, country: SY, lat: 1, lon: 2}
                        - {id: a, name: B, kind: CITY, country: SY, lat: 1, lon: 2}
                        """))
                .hasMessage("places.yml:2: duplicate id 'a'");
    }

    @Test
    void invalidYamlNamesTheLine() {
        assertThatThrownBy(() -> read("places:\n  - id: a\n    name: [unclosed\n"))
                .isInstanceOf(GazetteerFormatException.class)
                .hasMessageStartingWith("places.yml:4: not valid YAML");
    }

    @Test
    void projectPlacesTakeOverTheNamesTheyDeclare() {
        List<Place> places = read("- {id: my-tripoli, name: Tripoli, kind: CITY, country: LB, lat: 34.43, lon: 35.84}");
        LocationMatcher matcher = new LocationMatcher(Gazetteer.embedded().withOverrides(places));
        LocationMatch tripoli = matcher.match("Fighting raged in Tripoli.").get(0);
        assertThat(tripoli.place().id()).isEqualTo("my-tripoli");
        assertThat(tripoli.isAmbiguous()).isFalse();
    }
}
