package org.corpusqa.locations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Places the gazetteers do not know, found only where the text leaves no doubt. */
class UnknownPlaceFinderTest {

    private static List<String> unknown(String text) {
        return LocationMatcher.embedded().match(text).stream()
                .filter(m -> !m.isResolved())
                .map(m -> text.substring(m.begin(), m.end()) + "/" + m.kind())
                .toList();
    }

    @Test
    void townVillageAndCityOfMarkAPopulatedPlace() {
        assertThat(unknown("Rebels took the town of Kafr Nabl and the village of Kafr Nabudah."))
                .containsExactly("Kafr Nabl/CITY", "Kafr Nabudah/CITY");
        assertThat(unknown("Aid reached the Congolese town of Mbau-Kamango on Friday."))
                .containsExactly("Mbau-Kamango/CITY");
    }

    @Test
    void residentsOutskirtsAndSuburbsOfMarkATownDistrictAndCountyADivision() {
        assertThat(unknown("He was heckled by residents of Cobargo and on the outskirts of Narooma."))
                .containsExactly("Cobargo/CITY", "Narooma/CITY");
        assertThat(unknown("Water rose in the district of Ahrweiler and the county of Zorgshire."))
                .containsExactly("Ahrweiler/ADMIN", "Zorgshire/ADMIN");
    }

    @Test
    void countyOrParishAfterANameMarksADivisionEvenWhereATownHasTheName() {
        assertThat(unknown("Officials in Harrison County and Plaquemines Parish said so."))
                .containsExactly("Harrison/ADMIN", "Plaquemines/ADMIN");
    }

    @Test
    void aTownBeforeItsStateIsAPlace() {
        assertThat(unknown("Tanks from Rotterdam to Cushing, Oklahoma, are filling."))
                .containsExactly("Cushing/CITY");
        assertThat(unknown("Smith, Texas's governor, said so. Ruiz, Oklahoma and Kansas agreed."))
                .isEmpty();
    }

    @Test
    void anAppositionThatCallsTheNameATownOrPlacesItMarksAPlace() {
        assertThat(unknown("It lifted off from Sriharikota, north of Chennai, on Monday."))
                .containsExactly("Sriharikota/CITY");
        assertThat(unknown("In Hakone, a hot-spring resort, rain fell. It hit Buras, a fishing town."))
                .containsExactly("Hakone/CITY", "Buras/CITY");
        assertThat(unknown("Smith, a town councillor, and Jones, north of forty, agreed."))
                .isEmpty();
    }

    @Test
    void provinceBeforeOrAfterMarksADivision() {
        assertThat(unknown("Clashes in Zabrani-e Kohna province and the province of Zorgistan."))
                .containsExactly("Zabrani-e Kohna/ADMIN", "Zorgistan/ADMIN");
    }

    @Test
    void nearMarksAPlace() {
        assertThat(unknown("Troops massed near Saraqeb on Monday.")).containsExactly("Saraqeb/OTHER");
    }

    @Test
    void streetsBuildingsAndVenuesAreNoPlaces() {
        assertThat(unknown("Crowds massed near Tahrir Square and later near Kasarani Stadium."))
                .isEmpty();
    }

    @Test
    void aTownInCapitalsOpeningTheBodyIsTheDateline() {
        assertThat(unknown("Quake shakes the coast\n\nKIJABE, Kenya — A strong quake struck on Monday."))
                .containsExactly("KIJABE/CITY");
        assertThat(unknown("date 2023-04-02\nFloods\nKILEMBE (AFP) - Rivers burst their banks."))
                .containsExactly("KILEMBE/CITY");
    }

    @Test
    void capitalsThatAreNoDatelineAreNoPlace() {
        assertThat(unknown("Storm warning\n\nBREAKING: A storm hit the coast.\nUPDATE - More rain fell."))
                .isEmpty();
        assertThat(unknown("WILDFIRES RAGE ON: Crews Struggle\n\nCrews fought the fires."))
                .isEmpty();
        assertThat(unknown("Quake\n\nThe WHO, a UN agency, said help was coming."))
                .isEmpty();
    }

    @Test
    void namesWithArabicParticlesAreKeptWhole() {
        assertThat(unknown("Shelling hit the town of Maarat al-Numan.")).containsExactly("Maarat al-Numan/CITY");
    }

    @Test
    void possessiveAndHyphenSuffixAreLeftOut() {
        assertThat(unknown("the town of Saraqeb’s market")).containsExactly("Saraqeb/CITY");
    }

    @Test
    void calendarWordsTitlesDemonymsAndAdjectivesAreNotPlaces() {
        assertThat(unknown("It happened near Christmas, near February, near Turkish positions, near President"
                        + " Biden, and near Hezbollah positions."))
                .isEmpty();
    }

    @Test
    void functionWordsAndDirectionsBeforeProvinceAreNotPlaces() {
        assertThat(unknown("This province is poor. The Northern province too.")).isEmpty();
    }

    @Test
    void knownPlacesAreNotReportedAsUnknown() {
        assertThat(unknown("the town of Saraqib near Idlib in Hama province")).isEmpty();
    }

    @Test
    void lowerCaseOrHeadlineWordsAreNotPlaces() {
        assertThat(unknown("the town of despair, near where it began")).isEmpty();
        assertThat(unknown("Fighting Rages Near Qarqur As Talks Stall\nMore text follows here."))
                .isEmpty();
    }

    @Test
    void cuesAreFoundWhereThePatternTheyReplaceFoundThem() {
        Pattern pattern = Pattern.compile("\\b(?:(town|village|city|province|governorate) of|(near)) (?=\\S)"
                + "|(?<=\\S) (province|governorate)\\b(?! of\\b)");
        String[] pieces = {
            "town",
            "village",
            "city",
            "province",
            "governorate",
            "near",
            "of",
            " of",
            " ",
            " ",
            "  ",
            "\n",
            "\t",
            "x",
            "_",
            "é",
            "\u0301",
            "-",
            "'",
            "\u03a9",
            "1",
            "s",
            "the",
            "\uD835\uDC00",
            "provinces",
            "nearly"
        };
        Random random = new Random(42);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(12); k >= 0; k--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String s = text.toString();
            List<String> expected = new ArrayList<>();
            Matcher m = pattern.matcher(s);
            while (m.find()) {
                String cue = m.group(3) != null ? m.group(3) : m.group(1) != null ? m.group(1) + " of" : m.group(2);
                expected.add(m.start() + "-" + m.end() + ":" + cue + ":" + (m.group(3) != null));
            }
            List<String> actual = new ArrayList<>();
            for (UnknownPlaceFinder.Cue c = UnknownPlaceFinder.nextCue(s, 0);
                    c != null;
                    c = UnknownPlaceFinder.nextCue(s, c.end())) {
                actual.add(c.start() + "-" + c.end() + ":" + c.cue() + ":" + c.nameBefore());
            }
            assertThat(actual).as(s).isEqualTo(expected);
        }
    }
}
