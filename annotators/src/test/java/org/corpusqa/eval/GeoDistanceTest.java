package org.corpusqa.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class GeoDistanceTest {

    @Test
    void measuresOneDegreeOfLatitudeAsAbout111Kilometres() {
        assertThat(GeoDistance.km(0, 0, 1, 0)).isCloseTo(111.195, within(0.01));
    }

    @Test
    void measuresLondonToParisAsAbout344Kilometres() {
        assertThat(GeoDistance.km(51.5074, -0.1278, 48.8566, 2.3522)).isCloseTo(343.56, within(0.1));
    }

    @Test
    void crossesTheAntimeridianTheShortWay() {
        assertThat(GeoDistance.km(0, 179.5, 0, -179.5)).isCloseTo(111.195, within(0.01));
    }

    @Test
    void isZeroForTheSamePoint() {
        assertThat(GeoDistance.km(35.93, 36.63, 35.93, 36.63)).isZero();
    }
}
