package org.corpusqa.locations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlaceCuesTest {

    private static PlaceKind cue(String text, String name) {
        String folded = TextFolder.fold(text);
        int begin = text.indexOf(name);
        return PlaceCues.cue(folded, begin, begin + name.length());
    }

    @Test
    void typeWordAfterTheName() {
        assertThat(cue("Syria’s Idlib province", "Idlib")).isEqualTo(PlaceKind.ADMIN);
        assertThat(cue("in Basra Governorate", "Basra")).isEqualTo(PlaceKind.ADMIN);
        assertThat(cue("the Kurdistan region", "Kurdistan")).isEqualTo(PlaceKind.ADMIN);
        assertThat(cue("Washington state's governor", "Washington")).isEqualTo(PlaceKind.ADMIN);
        assertThat(cue("Quetta city", "Quetta")).isEqualTo(PlaceKind.CITY);
        assertThat(cue("Idlib's countryside", "Idlib")).isEqualTo(PlaceKind.ADMIN);
    }

    @Test
    void typeWordOfBeforeTheName() {
        assertThat(cue("the province of Idlib", "Idlib")).isEqualTo(PlaceKind.ADMIN);
        assertThat(cue("the state of Bavaria", "Bavaria")).isEqualTo(PlaceKind.ADMIN);
        assertThat(cue("the southern city of Sochi", "Sochi")).isEqualTo(PlaceKind.CITY);
        assertThat(cue("the village of Kafr Nabl", "Kafr Nabl")).isEqualTo(PlaceKind.CITY);
    }

    @Test
    void capitalBeforeTheNameMeansTheCity() {
        assertThat(cue("in the capital, Kabul", "Kabul")).isEqualTo(PlaceKind.CITY);
        assertThat(cue("the capital of Iraq", "Iraq")).isNull();
    }

    @Test
    void directionsAndOtherWordsSayNothing() {
        assertThat(cue("west of Aleppo", "Aleppo")).isNull();
        assertThat(cue("around Aleppo for the first time", "Aleppo")).isNull();
        assertThat(cue("Idlib, Syria", "Idlib")).isNull();
    }
}
