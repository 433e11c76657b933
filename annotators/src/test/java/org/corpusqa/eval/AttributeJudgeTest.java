package org.corpusqa.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corpusqa.eval.Records.record;

import org.junit.jupiter.api.Test;

class AttributeJudgeTest {

    private static boolean correct(String type, String gold, String system) {
        return AttributeJudge.judge(record(type, 0, 5, gold), record(type, 0, 5, system))
                .correct();
    }

    @Test
    void comparesActorIdsAsSets() {
        assertThat(correct("Actor", "entityId=GB,FR,DE", "entityId=DE,GB,FR")).isTrue();
        assertThat(correct("Actor", "entityId=GB,FR,DE", "entityId=GB,FR")).isFalse();
    }

    @Test
    void acceptsAnyGoldAlternative() {
        assertThat(correct("Quote", "speakerId=trump|white-house", "speakerId=white-house"))
                .isTrue();
        assertThat(correct("Quote", "speakerId=RU|lavrov", "speakerId=putin")).isFalse();
        assertThat(correct("Actor", "entityId=shoigu,akar|akar", "entityId=akar,shoigu"))
                .isTrue();
    }

    @Test
    void honoursAlternativesOnBothSidesSoThatTwoGoldVersionsCanBeCompared() {
        assertThat(correct("Quote", "speakerId=RU|lavrov", "speakerId=RU|lavrov"))
                .isTrue();
        assertThat(correct("Number", "value=200|40", "value=40|99")).isTrue();
        assertThat(correct("Location", "placeKind=ADMIN|CITY;lat=35.93;lon=36.63", "lat=10|35.93;lon=36.63"))
                .isTrue();
    }

    @Test
    void expectsUnresolvedWhereGoldIsEmpty() {
        assertThat(correct("Actor", "kind=PERSON", "kind=PERSON")).isTrue();
        assertThat(correct("Actor", "entityId=", "entityId=oktay")).isFalse();
        assertThat(correct("Actor", "entityId=oktay", "")).isFalse();
    }

    @Test
    void acceptsALocationWithin161KilometresOfGold() {
        String gold = "placeKind=ADMIN;countryCode=SY;lat=35.93;lon=36.63";

        assertThat(correct("Location", gold, "countryCode=SY;lat=37.28;lon=36.63"))
                .as("150 km north")
                .isTrue();
        assertThat(correct("Location", gold, "countryCode=SY;lat=37.46;lon=36.63"))
                .as("170 km north")
                .isFalse();
    }

    @Test
    void acceptsTheSameCountryCodeForACountryWhoseCentroidIsFar() {
        String gold = "placeKind=COUNTRY;countryCode=US;lat=39.8;lon=-98.6";

        assertThat(correct("Location", gold, "placeKind=COUNTRY;countryCode=US;lat=38.9;lon=-77.0"))
                .isTrue();
        assertThat(correct(
                        "Location",
                        "placeKind=CITY;countryCode=US;lat=39.8;lon=-98.6",
                        "countryCode=US;lat=38.9;lon=-77.0"))
                .isFalse();
    }

    @Test
    void rejectsAnUnresolvedSystemLocationWhereGoldHasCoordinates() {
        assertThat(correct("Location", "placeKind=CITY;countryCode=RU;lat=55.76;lon=37.62", "placeKind=CITY"))
                .isFalse();
    }

    @Test
    void acceptsTheSamePlaceId() {
        assertThat(correct("Location", "placeId=170063|169389", "placeId=169389"))
                .isTrue();
    }

    @Test
    void comparesNumberValuesWithinARelativeToleranceOfOneMillionth() {
        assertThat(correct("Number", "value=3600000", "value=3600003")).isTrue();
        assertThat(correct("Number", "value=3600000", "value=3600004")).isFalse();
        assertThat(correct("Number", "value=0.5", "value=0.5000001")).isTrue();
        assertThat(correct("Number", "value=0", "value=0.000002")).isFalse();
        assertThat(correct("Number", "value=3.6E6", "value=3600000")).isTrue();
    }

    @Test
    void explainsAWrongAttribute() {
        AttributeJudge.Verdict verdict =
                AttributeJudge.judge(record("Number", 0, 2, "value=12"), record("Number", 0, 2, "value=13"));

        assertThat(verdict.detail()).isEqualTo("value: gold '12', system '13'");
    }
}
